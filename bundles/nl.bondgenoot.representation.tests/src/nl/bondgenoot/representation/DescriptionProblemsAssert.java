package nl.bondgenoot.representation;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** How the description tests check one mistake: a valid text with one part broken is refused with file:line: message. */
public final class DescriptionProblemsAssert {

    private DescriptionProblemsAssert() {
    }

    /** Breaks valid (the part valid becomes broken) and expects a problem on that line that contains message. */
    public static void assertReported(String text, String valid, String broken, int line, String message) {
        assertTrue(text.contains(valid), valid);
        DescriptionException e = assertThrows(DescriptionException.class,
                () -> RepresentationReader.read(text.replace(valid, broken), "proef.weergave.json"));
        List<String> problems = e.problems().stream().map(DescriptionProblem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("proef.weergave.json:" + line + ": ") && p.contains(message)),
                "expected line " + line + " with '" + message + "', got " + problems);
    }
}
