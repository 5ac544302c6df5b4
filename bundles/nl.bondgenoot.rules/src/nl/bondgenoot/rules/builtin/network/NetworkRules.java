package nl.bondgenoot.rules.builtin.network;

import java.util.List;
import java.util.Map;

import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.RuleSet;
import nl.bondgenoot.rules.builtin.ParameterFiles;

/** The network-form rules (SPEC 2.4: NAO, Provan &amp; Kenis). Parameters (thresholds) are in parameters.properties beside this class. */
public final class NetworkRules implements RuleSet {

    @Override
    public List<Rule<?>> rules() {
        return List.of(new Net1MinimumOrganisaties());
    }

    @Override
    public Map<String, String> parameters() {
        return ParameterFiles.next(NetworkRules.class);
    }
}
