package nl.bondgenoot.rules.tests.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.builtin.BuiltinRuleSet;
import nl.bondgenoot.rules.engine.RuleCatalogue;

/**
 * No SPEC rule id is missing from the code or the tests, and the published catalogue
 * (docs/regelcatalogus.md) is the one the rules write. Rules Bondgenoot adds beyond the SPEC (such as
 * GOV-25, which asks for a value left unknown) are listed apart, in bondgenoot-rule-ids.txt.
 */
class SpecCoverageTest {

    /** Rules the SPEC says must never be reported (severity "-"): they are tests only. */
    private static final Set<String> NEVER_REPORTED = Set.of("NET-6");

    private static Path root() {
        return Path.of(System.getProperty("bondgenoot.root", "../.."));
    }

    private static List<String> specIds() throws IOException {
        return Files.readAllLines(root().resolve("bundles/nl.bondgenoot.rules.tests/spec-rule-ids.txt")).stream()
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The built-in rules the SPEC does not name: Bondgenoot's own (each says its seed lines and INF). */
    private static List<String> ownIds() throws IOException {
        return Files.readAllLines(root().resolve("bundles/nl.bondgenoot.rules.tests/bondgenoot-rule-ids.txt")).stream()
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Set<String> builtinIds() {
        Set<String> ids = new TreeSet<>();
        for (Rule<?> rule : new BuiltinRuleSet().rules()) {
            ids.add(rule.info().id());
        }
        return ids;
    }

    @Test
    void everySpecRuleIsImplementedAndNothingElseIsBuiltIn() throws IOException {
        Set<String> expected = new TreeSet<>(specIds());
        expected.removeAll(NEVER_REPORTED);
        expected.addAll(ownIds());
        assertEquals(expected, builtinIds());
    }

    @Test
    void everySpecRuleIsNamedInATest() throws IOException {
        String tests;
        try (Stream<Path> files = Files.walk(root().resolve("bundles/nl.bondgenoot.rules.tests/src"))) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (!f.endsWith("SpecCoverageTest.java")) {
                    all.append(Files.readString(f));
                }
            }
            tests = all.toString();
        }
        List<String> missing = new ArrayList<>();
        for (String id : java.util.stream.Stream.concat(specIds().stream(), ownIds().stream()).toList()) {
            if (!tests.contains("\"" + id + "\"")) {
                missing.add(id);
            }
        }
        assertEquals(List.of(), missing, "SPEC rule ids that no test names");
    }

    @Test
    void theIdListIsTheSpecsWhenTheSpecIsAtHand() throws IOException {
        Path spec = root().resolve("../shared/domain/SPEC.md");
        if (!Files.isRegularFile(spec)) {
            return; // a checkout without shared/ beside it (CI and developers have it)
        }
        List<String> inSpec = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\| ((?:4R|AG|GOV|NET|BG|PLT)-\\d+) \\|").matcher(Files.readString(spec));
        while (m.find()) {
            inSpec.add(m.group(1));
        }
        assertEquals(inSpec, specIds());
    }

    @Test
    void thePublishedCatalogueIsTheGeneratedOne() throws IOException {
        String published = Files.readString(root().resolve("docs/regelcatalogus.md"));
        // This test runtime also holds a contributed example rule set (fragment.xml); the docs are the product's.
        assertEquals(RuleCatalogue.markdown(new BuiltinRuleSet().rules()), published,
                "docs/regelcatalogus.md is out of date: regenerate it with ./bondgenoot rules > docs/regelcatalogus.md");
        assertTrue(published.contains("| NET-1 | FOUT | DOC |"));
    }
}
