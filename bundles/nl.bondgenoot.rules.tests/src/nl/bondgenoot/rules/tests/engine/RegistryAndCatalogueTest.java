package nl.bondgenoot.rules.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.RuleSet;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.builtin.BuiltinRuleSet;
import nl.bondgenoot.rules.engine.RuleCatalogue;
import nl.bondgenoot.rules.engine.RuleRegistry;

/** The built-in catalogue arrives through the extension point, and the catalogue text is written from the rules. */
class RegistryAndCatalogueTest {

    @Test
    void theBuiltinCatalogueIsContributedThroughTheExtensionPoint() {
        List<RuleSet> sets = RuleRegistry.ruleSets();
        assertTrue(sets.stream().anyMatch(s -> s instanceof BuiltinRuleSet), sets.toString());
    }

    @Test
    void ruleIdsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (Rule<?> rule : Rules.all()) {
            assertTrue(seen.add(rule.info().id()), "dubbele regel-id " + rule.info().id());
        }
    }

    @Test
    void theCatalogueListsEveryRuleWithSeverityProvenanceAndSource() {
        String md = RuleCatalogue.markdown(Rules.all());
        for (Rule<?> rule : Rules.all()) {
            var i = rule.info();
            assertTrue(md.contains("| " + i.id() + " | " + i.severity().label() + " | " + i.provenance() + " | "),
                    "catalogusregel voor " + i.id());
            assertTrue(md.contains("## " + i.id() + ": " + i.title()), "uitleg voor " + i.id());
        }
        assertEquals(Rules.all().size(), md.lines().filter(l -> l.startsWith("## ")).count());
    }
}
