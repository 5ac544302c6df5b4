package nl.bondgenoot.rules.builtin.participation;

import java.util.List;
import java.util.Map;

import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.RuleSet;
import nl.bondgenoot.rules.builtin.ParameterFiles;

/** The bondgenootschap, participation and plateau rules (SPEC 2.5: BG, PLT). Parameters (thresholds) are in parameters.properties beside this class. */
public final class ParticipationRules implements RuleSet {

    @Override
    public List<Rule<?>> rules() {
        return List.of(new Bg1BurgersInBondgenootschap(), new Bg2NietEenPartijDeBaas(),
                new Bg3ParticipatieVastgelegd(), new Bg4ParticipatieJaTenzij(), new Bg5Escalatievolgorde(),
                new Plt1TeAmbitieusPlateau());
    }

    @Override
    public Map<String, String> parameters() {
        return ParameterFiles.next(ParticipationRules.class);
    }
}
