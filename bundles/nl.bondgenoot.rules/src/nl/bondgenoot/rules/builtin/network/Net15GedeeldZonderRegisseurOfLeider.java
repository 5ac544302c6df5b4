package nl.bondgenoot.rules.builtin.network;

import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkvorm;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** NET-15: a shared-governance network has neither a netwerkregisseur nor a lead organisation. */
public final class Net15GedeeldZonderRegisseurOfLeider extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("NET-15", Severity.ERROR, Provenance.EXT, "ProvanKenis2008",
            "Een gedeeld bestuurd netwerk heeft geen regisseur en geen leidende organisatie",
            "EXT:ProvanKenis2008. Bij gedeeld bestuur (participant-governed) besturen de deelnemers het netwerk"
                    + " samen, zonder aparte bestuursentiteit: met een netwerkregisseur is het een NAO, met een"
                    + " leidende organisatie de vorm 'leidende organisatie'. S2 beschrijft alleen de NAO"
                    + " (S2:2257-2288); deze vorm komt uit de literatuur.");

    public Net15GedeeldZonderRegisseurOfLeider() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        if (netwerk.getVorm() != Netwerkvorm.GEDEELD) {
            return;
        }
        if (netwerk.getRegisseur() != null) {
            context.report(netwerk, ElementLabels.label(netwerk) + " wordt gedeeld bestuurd maar heeft een"
                    + " netwerkregisseur; dan is de vorm NAO", "verwijder de regisseur of kies de vorm NAO");
        }
        if (netwerk.getLeidendeOrganisatie() != null) {
            context.report(netwerk, ElementLabels.label(netwerk) + " wordt gedeeld bestuurd maar heeft een leidende"
                    + " organisatie, " + ElementLabels.label(netwerk.getLeidendeOrganisatie())
                    + "; dan is de vorm leidende organisatie",
                    "verwijder de leidende organisatie of kies de vorm leidende organisatie");
        }
    }
}
