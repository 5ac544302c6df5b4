package nl.bondgenoot.rules.builtin.network;

import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkvorm;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** NET-14: a lead-organisation network has exactly one lead organisation, and it is a participant itself. */
public final class Net14EenLeidendeOrganisatieDieDeelneemt extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("NET-14", Severity.ERROR, Provenance.EXT, "ProvanKenis2008",
            "Een netwerk met een leidende organisatie heeft er precies één, en die doet zelf mee",
            "EXT:ProvanKenis2008. In de bestuursvorm 'leidende organisatie' van Provan en Kenis (2008) neemt één"
                    + " van de deelnemers de coördinatie op zich; die organisatie is zelf lid van het netwerk (anders"
                    + " dan bij een NAO, die buiten het primaire proces staat). S2 beschrijft alleen de NAO"
                    + " (S2:2257-2288); deze vorm komt uit de literatuur.");

    public Net14EenLeidendeOrganisatieDieDeelneemt() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        if (netwerk.getVorm() != Netwerkvorm.LEIDENDE_ORGANISATIE) {
            return;
        }
        if (netwerk.getLeidendeOrganisatie() == null) {
            context.report(netwerk, ElementLabels.label(netwerk) + " heeft de vorm leidende organisatie, maar"
                    + " legt niet vast welke organisatie leidt", "kies de leidende organisatie uit de leden");
        } else if (!context.leden(netwerk).contains(netwerk.getLeidendeOrganisatie())) {
            context.report(netwerk, "De leidende organisatie van " + ElementLabels.label(netwerk) + ", "
                    + ElementLabels.label(netwerk.getLeidendeOrganisatie()) + ", is zelf geen lid van het netwerk",
                    "neem de leidende organisatie op als lid");
        }
    }
}
