package nl.bondgenoot.rules.builtin.fourr;

import java.util.List;
import java.util.Map;

import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.RuleSet;
import nl.bondgenoot.rules.builtin.ParameterFiles;

/** The 4R rules (SPEC 2.1) per opdrachtrelatie of an opgave. Parameters (thresholds) are in parameters.properties beside this class. */
public final class FourRRules implements RuleSet {

    @Override
    public List<Rule<?>> rules() {
        return List.of(new FourR1VierRIngevuld(), new FourR2CommunicerendeVaten(), new FourR3RekenschapBijRuimte(),
                new FourR4EnkelvoudigProfiel(), new FourR5MeervoudigProfiel(), new FourR6VraagstukBenoemd(),
                new FourR7MeerDanGeld(), new FourR8Kapitaalgoederen(), new FourR9EnkelvoudigInterventiemodel(),
                new FourR10MeervoudigOntwikkelmodel(), new FourR11BestekAfspraken(), new FourR12EffectAfspraken(),
                new FourR13TussenvormAfspraken(), new FourR14ToetsingskaderEffecten());
    }

    @Override
    public Map<String, String> parameters() {
        return ParameterFiles.next(FourRRules.class);
    }
}
