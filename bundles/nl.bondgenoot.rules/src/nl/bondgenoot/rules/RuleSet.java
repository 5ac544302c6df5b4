package nl.bondgenoot.rules;

import java.util.List;
import java.util.Map;

/**
 * A group of rules with their parameters. Bondgenoot's own catalogue and the rules of other
 * plug-ins are contributed the same way: a class implementing this interface, registered at the
 * extension point {@code nl.bondgenoot.rules.ruleSets}.
 */
public interface RuleSet {

    List<Rule<?>> rules();

    /** Default parameter values, keyed {@code RULE-ID.name} (e.g. {@code NET-1.minimumOrganisaties}). */
    default Map<String, String> parameters() {
        return Map.of();
    }
}
