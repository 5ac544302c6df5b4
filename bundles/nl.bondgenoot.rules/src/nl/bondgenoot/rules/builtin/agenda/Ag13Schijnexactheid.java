package nl.bondgenoot.rules.builtin.agenda;

import nl.bondgenoot.model.Indicator;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** AG-13: a SMART target may give schijnexactheid; a reminder, not a fault. */
public final class Ag13Schijnexactheid extends AbstractRule<Indicator> {

    private static final RuleInfo INFO = new RuleInfo("AG-13", Severity.INFO, Provenance.DOC,
            "S3:1464-1465, 3363-3368",
            "SMART-doelen kunnen schijnexactheid bieden",
            "Maatwerk 'kunnen we niet regelen met vooraf SMART geformuleerde doelen over de hoeveelheid hulp en"
                    + " zorg' (S3:1464-1465). 'SMART geformuleerde doeleinden zijn als hulpconstruct zeer"
                    + " bruikbaar, maar ze zijn niet heilig. Vaak staan er getallen in die een zekere"
                    + " schijnexactheid bieden': het resultaat hangt ook af van 'allerlei andere sociale factoren'"
                    + " (S3:3363-3368). De regel wijst op elke indicator die als SMART-doel is gemarkeerd.");

    public Ag13Schijnexactheid() {
        super(Indicator.class, INFO);
    }

    @Override
    public void check(Indicator indicator, RuleContext context) {
        if (indicator.isSmart()) {
            context.report(indicator, ElementLabels.label(indicator) + " is een SMART-doel; de getallen kunnen"
                    + " schijnexactheid bieden, want het resultaat hangt ook af van invloeden buiten de aanpak");
        }
    }
}
