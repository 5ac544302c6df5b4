package nl.bondgenoot.rules.tests.agenda;

import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertContains;
import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertNone;
import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.engine.RuleCatalogue;

/** The agenda family as a whole: the complete example is clean, and every rule is installed. */
class AgendaRulesTest {

    @Test
    void theCompleteExampleHasNoAgendaFindings() {
        AgendaFixture x = new AgendaFixture();
        List<Finding> agenda = x.t.findings().stream().filter(f -> f.ruleId().startsWith("AG-")).toList();
        assertNone(agenda);
    }

    @Test
    void everyAgendaAnd4RRuleIsInTheCatalogue() {
        String catalogue = RuleCatalogue.markdown(Rules.all());
        for (int i = 1; i <= 14; i++) {
            assertContains(catalogue, "## AG-" + i + ": ");
        }
        for (int i = 1; i <= 14; i++) {
            assertContains(catalogue, "## 4R-" + i + ": ");
        }
        long ids = Rules.all().stream().map(r -> r.info().id())
                .filter(id -> id.startsWith("AG-") || id.startsWith("4R-")).distinct().count();
        assertEquals(28, ids);
        assertTrue(Rules.all().stream().filter(r -> r.info().id().startsWith("AG-") || r.info().id().startsWith("4R-"))
                .allMatch(r -> r.info().explanation().length() > 100));
    }
}
