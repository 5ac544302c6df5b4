package org.example.bondgenoot.wijkteams;

import java.util.List;
import java.util.Map;

import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.RuleSet;

/**
 * The plug-in's rule set, registered in plugin.xml at {@code nl.bondgenoot.rules.ruleSets}. Its rules carry ids
 * with a prefix of their own (WIJK-), so they never clash with the product's catalogue; their thresholds are
 * parameters, which a project's bondgenoot.profiel can override like those of the built-in rules.
 */
public final class WijkteamRegels implements RuleSet {

    @Override
    public List<Rule<?>> rules() {
        return List.of(new Wijk1Multidisciplinair(), new Wijk2Opdrachtgever());
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of(Wijk1Multidisciplinair.ID + ".minimumDisciplines", "2");
    }
}
