package nl.bondgenoot.rules.builtin.agenda;

import java.util.List;

import nl.bondgenoot.model.Effect;
import nl.bondgenoot.model.IndicatorSoort;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** AG-12: an effect is not measured by klanttevredenheid alone. */
public final class Ag12NietAlleenKlanttevredenheid extends AbstractRule<Effect> {

    private static final RuleInfo INFO = new RuleInfo("AG-12", Severity.INFO, Provenance.DOC, "S2:2505-2507",
            "De indicatoren zijn niet alleen klanttevredenheid",
            "Van Haaften 'waarschuwt voor de valkuil klanttevredenheid als enige indicator te nemen:"
                    + " Klanttevredenheid is een belangrijke indicator, maar zeker niet de enige' (S2:2505-2507);"
                    + " wie effectief geholpen wordt, is niet altijd tevreden. De regel meldt een effect waarvan"
                    + " alle indicatoren van die soort zijn (de soorten staan als gegeven in de parameters).");

    public Ag12NietAlleenKlanttevredenheid() {
        super(Effect.class, INFO);
    }

    @Override
    public void check(Effect effect, RuleContext context) {
        List<IndicatorSoort> kinds = context.enumListParameter("soorten", IndicatorSoort.class);
        if (!effect.getIndicatoren().isEmpty()
                && effect.getIndicatoren().stream().allMatch(i -> kinds.contains(i.getSoort()))) {
            context.report(effect, ElementLabels.label(effect) + " wordt alleen met klanttevredenheid gemeten;"
                    + " dat is een belangrijke indicator, maar niet de enige",
                    "voeg een indicator toe die het effect zelf meet");
        }
    }
}
