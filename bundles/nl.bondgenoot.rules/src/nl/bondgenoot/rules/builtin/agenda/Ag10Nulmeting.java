package nl.bondgenoot.rules.builtin.agenda;

import nl.bondgenoot.model.Effect;
import nl.bondgenoot.model.Indicator;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * AG-10: every indicator of an effect has a nulmeting. An effect without any indicator is AG-5's finding,
 * so the same gap is not reported twice.
 */
public final class Ag10Nulmeting extends AbstractRule<Indicator> {

    private static final RuleInfo INFO = new RuleInfo("AG-10", Severity.WARNING, Provenance.DOC, "S2:2374-2376",
            "Elk effect of doel heeft een nulmeting",
            "'Om doelstellingen te formuleren is papier onvoldoende. Je moet het ook kunnen afzetten tegen een"
                    + " nulsituatie, zodat je inzet getoetst kan worden' (Hoddenbagh, S2:2374-2376). Elke"
                    + " indicator van een effect heeft daarom een nulmeting. Een effect zonder indicator meldt"
                    + " AG-5.");

    public Ag10Nulmeting() {
        super(Indicator.class, INFO);
    }

    @Override
    public void check(Indicator indicator, RuleContext context) {
        if (indicator.eContainer() instanceof Effect effect && Words.blank(indicator.getNulmeting())) {
            context.report(indicator, ElementLabels.label(indicator) + " van " + ElementLabels.label(effect)
                    + " heeft geen nulmeting; zonder nulsituatie is de inzet niet te toetsen",
                    "leg de nulmeting (uitgangssituatie) vast");
        }
    }
}
