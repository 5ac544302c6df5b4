package nl.bondgenoot.rules.builtin.network;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkregisseur;
import nl.bondgenoot.model.Netwerkvorm;
import nl.bondgenoot.model.Rol;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.ActorKinds;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * NET-3: a NAO network has a netwerkregisseur, and the regisseur has no role in the primary process
 * (S2:2269-2273, 2938-2940). A gemeente as regisseur is checked by NET-4, which also looks at the
 * gemeente's afdelingen, so that one conflict gives one finding.
 */
public final class Net3NaoRegisseurBuitenPrimairProces extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("NET-3", Severity.ERROR, Provenance.DOC,
            "S2:2269-2273, 2938-2940", "Een NAO-netwerk heeft een netwerkregisseur zonder rol in het primaire proces",
            "In het model van een Network Administrative Organisation 'heeft de netwerkregisseur zelf geen rol in"
                    + " het primaire proces' (Kenis, S2:2269-2273), het primaire proces van dienstverlening aan de"
                    + " cliënt (S2:2938-2940). Bondgenoot rekent rollen als dienstverlener, loket en uitvoerder"
                    + " (instelbaar) altijd tot het primaire proces, ook van onderdelen van de regisseur."
                    + " INF: dat er precies één regisseur is en dat die geen aanbieder in het netwerk is, is onze"
                    + " lezing; het model staat maar één regisseur per netwerk toe.");

    public Net3NaoRegisseurBuitenPrimairProces() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        Netwerkregisseur regisseur = NetworkFacts.regisseur(netwerk);
        if (regisseur == null) {
            if (netwerk.getVorm() == Netwerkvorm.NAO) {
                context.report(netwerk, ElementLabels.label(netwerk)
                        + " heeft de vorm NAO maar geen netwerkregisseur", "wijs een netwerkregisseur aan");
            }
            return;
        }
        Actor organisatie = ActorKinds.organisatieVan(regisseur.getActor());
        if (ActorKinds.isGemeente(organisatie)) {
            return; // NET-4
        }
        for (Rol rol : NetworkFacts.primaireRollenVan(netwerk, organisatie, context)) {
            context.report(netwerk, "De netwerkregisseur van " + ElementLabels.label(netwerk) + ", "
                    + ElementLabels.label(regisseur.getActor()) + ", heeft een rol in het primaire"
                    + " proces: " + ElementLabels.label(rol.getActor()) + " als " + Labels.of(rol.getSoort())
                    + "; een NAO-regisseur levert zelf geen diensten aan cliënten",
                    "beleg de rol bij een andere organisatie of kies een onafhankelijke regisseur");
        }
    }
}
