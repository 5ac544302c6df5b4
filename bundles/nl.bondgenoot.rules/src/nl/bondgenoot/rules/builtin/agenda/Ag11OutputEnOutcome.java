package nl.bondgenoot.rules.builtin.agenda;

import java.util.List;

import nl.bondgenoot.model.Doelsoort;
import nl.bondgenoot.model.IndicatorSoort;
import nl.bondgenoot.model.MaatschappelijkeAgenda;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * AG-11: both outcome and output goals are formulated. Outcome goals are effects of soort OUTCOME;
 * output goals are effects of soort OUTPUT or, as AG-5 advises, output indicators of an effect (which
 * indicator kinds count is data).
 */
public final class Ag11OutputEnOutcome extends AbstractRule<MaatschappelijkeAgenda> {

    private static final RuleInfo INFO = new RuleInfo("AG-11", Severity.WARNING, Provenance.DOC, "S4:482-483",
            "Zowel output- als outcomedoelen zijn geformuleerd",
            "'Doelen kunnen op verschillende niveaus worden bepaald. Het is wenselijk zowel output- als"
                    + " outcomedoelen te formuleren': outputdoelen leggen vast welke inspanningen de partijen"
                    + " verrichten, en die moeten bijdragen aan een maatschappelijk doel (S4:482-483). Outcomedoelen"
                    + " zijn de effecten van de maatschappelijke agenda; een outputdoel telt mee als effect van"
                    + " soort output of als output-indicator (met streefwaarde) bij een effect. Een agenda zonder"
                    + " effecten meldt AG-1.");

    public Ag11OutputEnOutcome() {
        super(MaatschappelijkeAgenda.class, INFO);
    }

    @Override
    public void check(MaatschappelijkeAgenda agenda, RuleContext context) {
        if (agenda.getEffecten().isEmpty()) {
            return;
        }
        List<IndicatorSoort> outputKinds = context.enumListParameter("outputIndicatorSoorten",
                IndicatorSoort.class);
        boolean outcome = agenda.getEffecten().stream().anyMatch(e -> e.getSoort() == Doelsoort.OUTCOME);
        boolean output = agenda.getEffecten().stream().anyMatch(e -> e.getSoort() == Doelsoort.OUTPUT
                || e.getIndicatoren().stream().anyMatch(i -> outputKinds.contains(i.getSoort())));
        // An effect or indicator of unknown soort may be the goal that seems missing: no finding on a guess.
        boolean unknownEffect = agenda.getEffecten().stream().anyMatch(e -> e.getSoort() == Doelsoort.ONBEKEND);
        boolean unknownIndicator = agenda.getEffecten().stream()
                .anyMatch(e -> e.getIndicatoren().stream().anyMatch(i -> i.getSoort() == IndicatorSoort.ONBEKEND));
        String label = ElementLabels.label(agenda);
        if (unknownEffect && !(outcome && output)) {
            return;
        }
        if (!outcome) {
            context.report(agenda, label + " heeft alleen outputdoelen en geen outcomedoelen; inspanningen moeten"
                    + " bijdragen aan een maatschappelijk doel", "formuleer de gewenste maatschappelijke effecten");
        } else if (!output && !unknownIndicator) {
            context.report(agenda, label + " heeft outcomedoelen maar geen outputdoelen; leg ook vast welke"
                    + " inspanningen de partijen verrichten",
                    "voeg output-indicatoren met streefwaarde toe aan de effecten");
        }
    }
}
