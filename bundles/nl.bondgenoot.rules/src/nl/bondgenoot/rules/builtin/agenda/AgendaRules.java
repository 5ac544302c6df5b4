package nl.bondgenoot.rules.builtin.agenda;

import java.util.List;
import java.util.Map;

import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.RuleSet;
import nl.bondgenoot.rules.builtin.ParameterFiles;

/** The agenda rules (SPEC 2.2). Parameters (thresholds) are in parameters.properties beside this class. */
public final class AgendaRules implements RuleSet {

    @Override
    public List<Rule<?>> rules() {
        return List.of(new Ag1DrieAgendas(), new Ag2VisieZonderCommitment(), new Ag3Schijnsamenwerking(),
                new Ag4Eilandsamenwerking(), new Ag5EffectenZijnOutcomes(), new Ag6OpgaveVolgtUitVisie(),
                new Ag7CoalitieMetToegevoegdeWaarde(), new Ag8UitvoeringsagendaCompleet(),
                new Ag9EigenaarEnVaststelling(), new Ag10Nulmeting(), new Ag11OutputEnOutcome(),
                new Ag12NietAlleenKlanttevredenheid(), new Ag13Schijnexactheid(), new Ag14Terugmelding());
    }

    @Override
    public Map<String, String> parameters() {
        return ParameterFiles.next(AgendaRules.class);
    }
}
