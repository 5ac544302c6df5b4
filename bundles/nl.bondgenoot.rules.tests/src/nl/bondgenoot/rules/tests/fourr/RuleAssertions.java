package nl.bondgenoot.rules.tests.fourr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;

/** Assertions the 4R and agenda rule tests share. */
public final class RuleAssertions {

    private RuleAssertions() {
    }

    /** Exactly one finding, about {@code element}, whose message contains every fragment. */
    public static Finding assertOne(List<Finding> findings, EObject element, String... fragments) {
        assertEquals(1, findings.size(), () -> "expected one finding, got " + texts(findings));
        Finding f = findings.get(0);
        assertSame(element, f.element(), () -> "reported on the wrong element: " + f.text());
        assertContains(f.message(), fragments);
        return f;
    }

    /** Like {@link #assertOne} and also checks the severity. */
    public static Finding assertOne(List<Finding> findings, Severity severity, EObject element, String... fragments) {
        Finding f = assertOne(findings, element, fragments);
        assertEquals(severity, f.severity());
        return f;
    }

    public static void assertContains(String text, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(text != null && text.contains(fragment), () -> "'" + fragment + "' not in: " + text);
        }
    }

    public static void assertNone(List<Finding> findings) {
        assertTrue(findings.isEmpty(), () -> "expected no findings, got " + texts(findings));
    }

    private static List<String> texts(List<Finding> findings) {
        return findings.stream().map(Finding::text).toList();
    }
}
