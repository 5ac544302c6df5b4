package nl.bondgenoot.diagram.tests;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.RuleSet;
import nl.bondgenoot.rules.Severity;

/**
 * A rule set this test fragment contributes (fragment.xml): one rule that finds nothing and counts how
 * often the rule engine judged a whole model, so a test can see how often the map runs the rules.
 */
public final class CountingRuleSet implements RuleSet {

    static final AtomicInteger RUNS = new AtomicInteger();

    @Override
    public List<Rule<?>> rules() {
        return List.of(new Rule<Governancemodel>() {
            private final RuleInfo info = new RuleInfo("TEST-TEL", Severity.INFO, Provenance.INF, "-", "Telt de beoordelingen",
                    "Een regel van de tests van de kaart; vindt nooit iets.");

            @Override
            public RuleInfo info() {
                return info;
            }

            @Override
            public Class<Governancemodel> appliesTo() {
                return Governancemodel.class;
            }

            @Override
            public void check(Governancemodel element, RuleContext context) {
                RUNS.incrementAndGet();
            }
        });
    }
}
