package nl.bondgenoot.rules.builtin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.RuleSet;
import nl.bondgenoot.rules.builtin.agenda.AgendaRules;
import nl.bondgenoot.rules.builtin.beoordeling.BeoordelingRules;
import nl.bondgenoot.rules.builtin.fourr.FourRRules;
import nl.bondgenoot.rules.builtin.governance.GovernanceRules;
import nl.bondgenoot.rules.builtin.network.NetworkRules;
import nl.bondgenoot.rules.builtin.participation.ParticipationRules;

/** Bondgenoot's rule catalogue (SPEC section 2), one family per section. */
public final class BuiltinRuleSet implements RuleSet {

    private static final List<RuleSet> FAMILIES = List.of(new FourRRules(), new AgendaRules(),
            new GovernanceRules(), new NetworkRules(), new ParticipationRules(), new BeoordelingRules());

    @Override
    public List<Rule<?>> rules() {
        List<Rule<?>> all = new ArrayList<>();
        FAMILIES.forEach(f -> all.addAll(f.rules()));
        return all;
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> all = new HashMap<>();
        FAMILIES.forEach(f -> all.putAll(f.parameters()));
        return all;
    }
}
