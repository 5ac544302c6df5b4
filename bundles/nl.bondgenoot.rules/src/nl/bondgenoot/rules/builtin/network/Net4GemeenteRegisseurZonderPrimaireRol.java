package nl.bondgenoot.rules.builtin.network;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkregisseur;
import nl.bondgenoot.model.Rol;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.ActorKinds;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * NET-4: a gemeente that is NAO regisseur holds no other primary-process role in that network, not
 * through its afdelingen either (S2:2273-2276, 4398-4400).
 */
public final class Net4GemeenteRegisseurZonderPrimaireRol extends RegisseurRule {

    private static final RuleInfo INFO = new RuleInfo("NET-4", Severity.ERROR, Provenance.DOC,
            "S2:2273-2276, 4398-4400", "Een gemeente als netwerkregisseur heeft geen rol in het primaire proces",
            "Volgens Kenis 'kan de gemeente theoretisch de regisseur zijn als zij maar geen enkele andere rol"
                    + " heeft in het primaire proces' (S2:2273-2276, ook S2:4398-4400). Een loket of een uitvoerder"
                    + " Wmo van de gemeente, ook als afdeling gemodelleerd, sluit het regisseurschap dus uit."
                    + " INF: beleid bepalen en financieren rekenen wij niet tot het primaire proces; Kenis noemt"
                    + " juist die bijdragen van de gemeente aan het netwerk (S2:2245-2249).");

    public Net4GemeenteRegisseurZonderPrimaireRol() {
        super(INFO);
    }

    @Override
    void checkRegisseur(Netwerk netwerk, Netwerkregisseur regisseur, RuleContext context) {
        Actor gemeente = ActorKinds.organisatieVan(regisseur.getActor());
        if (!ActorKinds.isGemeente(gemeente)) {
            return;
        }
        for (Rol rol : NetworkFacts.primaireRollenVan(netwerk, gemeente, context)) {
            context.report(netwerk, ElementLabels.label(gemeente) + " is netwerkregisseur van "
                    + ElementLabels.label(netwerk) + " maar heeft ook een rol in het primaire proces: "
                    + ElementLabels.label(rol.getActor()) + " als " + Labels.of(rol.getSoort()),
                    "beleg de rol bij een andere organisatie of kies een onafhankelijke regisseur");
        }
    }
}
