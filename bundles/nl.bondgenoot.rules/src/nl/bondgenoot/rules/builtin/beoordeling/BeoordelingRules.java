package nl.bondgenoot.rules.builtin.beoordeling;

import java.util.List;
import java.util.Map;

import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.RuleSet;
import nl.bondgenoot.rules.builtin.ParameterFiles;

/**
 * The assessment rules (BEO): they judge a {@code .beoordeling} (its root is a Beoordeling, its model is
 * loaded beside it in the same resource set and reached through its cross-document references), with
 * the same engine as a model. Generic on the instrument description: a contributed instrument is judged
 * the same way. Parameters (scales, which judgements need extra attention) in parameters.properties.
 */
public final class BeoordelingRules implements RuleSet {

    @Override
    public List<Rule<?>> rules() {
        return List.of(new Beo1OnbeantwoordeVragen(), new Beo2OordeelZonderAntwoorden(), new Beo3AntwoordSpreektModelTegen(),
                new Beo4BewustAfwijkend(), new Beo5RespondentenVerschillen(), new Beo6WaardeBuitenSchaal(),
                new Beo7ExtraAandacht(), new Beo8OnbekendeVerwijzing());
    }

    @Override
    public Map<String, String> parameters() {
        return ParameterFiles.next(BeoordelingRules.class);
    }
}
