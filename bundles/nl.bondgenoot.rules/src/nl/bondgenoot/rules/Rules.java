package nl.bondgenoot.rules;

import java.util.List;

import nl.bondgenoot.rules.engine.RuleEngine;
import nl.bondgenoot.rules.engine.RuleProfile;
import nl.bondgenoot.rules.engine.RuleRegistry;

/** The front ends' way in: every rule that is installed, as one engine. */
public final class Rules {

    private Rules() {
    }

    /** All installed rules: Bondgenoot's catalogue and those of other plug-ins. */
    public static List<Rule<?>> all() {
        return RuleRegistry.ruleSets().stream().flatMap(set -> set.rules().stream()).toList();
    }

    /** An engine with every installed rule at its default severity and parameters. */
    public static RuleEngine engine() {
        return engine(RuleProfile.DEFAULT);
    }

    /** An engine that applies a project's rule profile (rules off, severities, parameters). */
    public static RuleEngine engine(RuleProfile profile) {
        return new RuleEngine(RuleRegistry.ruleSets(), profile);
    }
}
