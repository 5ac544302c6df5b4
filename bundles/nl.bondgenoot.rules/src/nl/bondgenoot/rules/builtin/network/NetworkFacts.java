package nl.bondgenoot.rules.builtin.network;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.bondgenoot.analysis.Graafprojecties;
import nl.bondgenoot.analysis.Netwerkgraaf;
import nl.bondgenoot.analysis.Projectie;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkregisseur;
import nl.bondgenoot.model.Rol;
import nl.bondgenoot.model.RolSoort;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.builtin.ActorKinds;
import nl.bondgenoot.rules.engine.ElementLabels;

/** What several network rules need to know about roles and the networks around them. */
final class NetworkFacts {

    private NetworkFacts() {
    }

    /**
     * Whether a role belongs to "het primaire proces van dienstverlening aan de cliënt" (S2:2938-2940):
     * roles of a primary-process soort always do, roles of a soort listed as not primary (policy,
     * financing, regie) never do, other roles as the modeller marked them.
     */
    static boolean isPrimairProces(Rol rol, List<RolSoort> primair, List<RolSoort> nietPrimair) {
        if (nietPrimair.contains(rol.getSoort())) {
            return false;
        }
        return primair.contains(rol.getSoort()) || rol.isInPrimairProces();
    }

    /**
     * The primary-process roles in a network, after the rule's parameters {@code primairProcesRollen}
     * and {@code nietPrimairProcesRollen}.
     */
    static List<Rol> primaireRollen(Netwerk netwerk, RuleContext context) {
        List<RolSoort> primair = context.enumListParameter("primairProcesRollen", RolSoort.class);
        List<RolSoort> nietPrimair = context.enumListParameter("nietPrimairProcesRollen", RolSoort.class);
        return netwerk.getRollen().stream()
                .filter(r -> r.getActor() != null && isPrimairProces(r, primair, nietPrimair))
                .toList();
    }

    /** The primary-process roles in a network held by (a part of) one organisation. */
    static List<Rol> primaireRollenVan(Netwerk netwerk, Actor organisatie, RuleContext context) {
        return primaireRollen(netwerk, context).stream()
                .filter(r -> ActorKinds.organisatieVan(r.getActor()) == organisatie)
                .toList();
    }

    /**
     * The netwerkregisseur once an actor holds the role, else {@code null}: the regisseur rules judge
     * that actor, so a role nobody holds yet gives them nothing to judge.
     */
    static Netwerkregisseur regisseur(Netwerk netwerk) {
        Netwerkregisseur regisseur = netwerk.getRegisseur();
        return regisseur == null || regisseur.getActor() == null ? null : regisseur;
    }

    /** The networks of the model the element is in (just the network itself when it stands alone). */
    static List<Netwerk> netwerkenNaast(Netwerk netwerk) {
        EObject container = netwerk.eContainer();
        return container instanceof Governancemodel model ? model.getNetwerken() : List.of(netwerk);
    }

    /**
     * The netwerk's graph on the peildatum (members, regisseur and leidende organisatie; every
     * sturingsrelatie between them that holds), for the structural rules NET-17 to NET-19; {@code null}
     * when the netwerk is in no model.
     */
    static Netwerkgraaf graaf(Netwerk netwerk, RuleContext context) {
        return EcoreUtil.getRootContainer(netwerk) instanceof Governancemodel model
                ? Graafprojecties.van(model, Projectie.van(netwerk, context.peildatum()))
                : null;
    }

    /** "Actor 'A', Actor 'B'" */
    static String labels(List<? extends EObject> elements) {
        return String.join(", ", elements.stream().map(ElementLabels::label).toList());
    }
}
