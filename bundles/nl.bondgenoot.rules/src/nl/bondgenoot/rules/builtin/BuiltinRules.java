package nl.bondgenoot.rules.builtin;

import java.util.List;

import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.engine.RuleEngine;

/** The rules Bondgenoot ships, from the SPEC catalogue. */
public final class BuiltinRules {

    private BuiltinRules() {
    }

    public static List<Rule<?>> all() {
        return List.of(new Net1MinimumOrganisaties());
    }

    /** An engine with every built-in rule at its default severity. */
    public static RuleEngine engine() {
        return new RuleEngine(all());
    }
}
