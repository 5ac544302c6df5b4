package nl.bondgenoot.rules.builtin.network;

import java.util.List;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkregisseur;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.ActorKinds;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * NET-5: every member trusts the netwerkregisseur (S2:2276-2282). Only the regisseur: whether members
 * trust each other is none of any rule's business (NET-6).
 */
public final class Net5RegisseurVertrouwdDoorAlleLeden extends RegisseurRule {

    private static final RuleInfo INFO = new RuleInfo("NET-5", Severity.WARNING, Provenance.DOC, "S2:2276-2282",
            "Alle leden vertrouwen de netwerkregisseur",
            "'Eén van de eisen aan de regisseur is dat hij het volste vertrouwen heeft van alle partijen' (Kenis,"
                    + " S2:2276-2282): iedereen moet de regisseur kunnen volgen in zijn beslissingen en ervan"
                    + " overtuigd zijn dat hij alleen voor het publieke doel gaat. De leden hoeven elkaar niet te"
                    + " vertrouwen (NET-6); de regisseur wel.");

    public Net5RegisseurVertrouwdDoorAlleLeden() {
        super(INFO);
    }

    @Override
    void checkRegisseur(Netwerk netwerk, Netwerkregisseur regisseur, RuleContext context) {
        Actor organisatie = ActorKinds.organisatieVan(regisseur.getActor());
        List<Actor> zonderVertrouwen = context.leden(netwerk).stream()
                .filter(lid -> ActorKinds.organisatieVan(lid) != organisatie)
                .filter(lid -> !regisseur.getVertrouwdDoor().contains(lid))
                .toList();
        if (!zonderVertrouwen.isEmpty()) {
            context.report(netwerk, "Niet alle leden van " + ElementLabels.label(netwerk)
                    + " vertrouwen netwerkregisseur " + ElementLabels.label(regisseur.getActor())
                    + "; niet vastgelegd voor " + NetworkFacts.labels(zonderVertrouwen),
                    "leg vast welke leden de regisseur vertrouwen");
        }
    }
}
