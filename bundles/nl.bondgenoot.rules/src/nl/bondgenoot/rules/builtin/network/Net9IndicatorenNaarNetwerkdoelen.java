package nl.bondgenoot.rules.builtin.network;

import nl.bondgenoot.model.Indicator;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * NET-9: the performance indicators of the members refer to network goals (S2:2347-2352). Reported on
 * the indicator, which is what the user changes.
 */
public final class Net9IndicatorenNaarNetwerkdoelen extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("NET-9", Severity.WARNING, Provenance.DOC, "S2:2347-2352",
            "Prestatie-indicatoren van de leden verwijzen naar netwerkdoelen",
            "'Er moet dus een situatie gecreëerd worden waarin de beoordeling van de prestatie van de organisatie"
                    + " ... eerder wordt gerelateerd aan het behalen van netwerkdoelen dan aan het behalen van"
                    + " organisatiedoelen' (S2:2347-2352, naar Kenis & Provan 2008). Elke prestatie-indicator van"
                    + " het netwerk noemt daarom het netwerkdoel waaraan hij bijdraagt.");

    public Net9IndicatorenNaarNetwerkdoelen() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        for (Indicator indicator : netwerk.getPrestatieIndicatoren()) {
            if (indicator.getNetwerkdoel() == null || indicator.getNetwerkdoel().isBlank()) {
                context.report(indicator, ElementLabels.label(indicator) + " in " + ElementLabels.label(netwerk)
                        + " verwijst niet naar een netwerkdoel; beoordeel leden op netwerkdoelen, niet alleen op"
                        + " organisatiedoelen", "vul het netwerkdoel van de indicator in");
            }
        }
    }
}
