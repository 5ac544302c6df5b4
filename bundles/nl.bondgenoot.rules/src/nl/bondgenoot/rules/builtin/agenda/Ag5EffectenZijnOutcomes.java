package nl.bondgenoot.rules.builtin.agenda;

import java.util.List;

import nl.bondgenoot.model.Doelsoort;
import nl.bondgenoot.model.Effect;
import nl.bondgenoot.model.IndicatorSoort;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * AG-5: the effects of the maatschappelijke agenda are outcomes with an indicator, not product counts.
 * A product count is recognised by the effect's soort, by indicators that only count products, and
 * heuristically by words in the effect's name; the kinds and words are data.
 */
public final class Ag5EffectenZijnOutcomes extends AbstractRule<Effect> {

    private static final RuleInfo INFO = new RuleInfo("AG-5", Severity.WARNING, Provenance.DOC,
            "S0:901-916; S1:366-368",
            "Effecten zijn outcomes met een indicator, geen producttellingen",
            "Bij de maatschappelijke agenda 'gaat het om de beoogde outcome', zo concreet en operationeel"
                    + " mogelijk, met 'een meetinstrument gebaseerd op de te beïnvloeden indicatoren'"
                    + " (S0:901-916); de ambitie wordt uitgesproken 'niet (alleen) in termen van hoeveelheid"
                    + " producten, diensten of activiteiten, maar in termen van gewenst maatschappelijk effect'"
                    + " (S1:366-368). Output-doelen (AG-11) horen daarom als output-indicator bij een effect, niet"
                    + " als effect. Een producttelling herkent de regel aan de soort van het effect of van zijn"
                    + " indicatoren, en met een heuristiek aan woorden in de naam van het effect (lijst in de"
                    + " parameters).");

    public Ag5EffectenZijnOutcomes() {
        super(Effect.class, INFO);
    }

    @Override
    public void check(Effect effect, RuleContext context) {
        String label = ElementLabels.label(effect);
        if (context.enumListParameter("productSoorten", Doelsoort.class).contains(effect.getSoort())) {
            context.report(effect, label + " is een " + Labels.of(effect.getSoort()) + "-doel (hoeveelheid"
                    + " producten, diensten of activiteiten), geen gewenst maatschappelijk effect",
                    "formuleer het gewenste maatschappelijke effect en neem de telling op als output-indicator");
            return;
        }
        List<IndicatorSoort> counts = context.enumListParameter("productIndicatorSoorten", IndicatorSoort.class);
        if (effect.getIndicatoren().isEmpty()) {
            context.report(effect, label + " heeft geen indicator; maak het effect meetbaar",
                    "voeg een indicator toe waarmee het effect gemeten wordt");
        } else if (effect.getIndicatoren().stream().allMatch(i -> counts.contains(i.getSoort()))) {
            context.report(effect, label + " wordt alleen gemeten met producttellingen, niet met het"
                    + " maatschappelijk effect zelf", "voeg een outcome-indicator toe");
        }
        String word = Words.firstIn(effect.getNaam(), context.listParameter("productwoorden"));
        if (word != null) {
            context.report(effect, label + " klinkt als een producttelling ('" + word + "'); formuleer wat er in de"
                    + " samenleving moet veranderen", "formuleer het effect als outcome, of maak er een"
                    + " output-indicator van");
        }
    }
}
