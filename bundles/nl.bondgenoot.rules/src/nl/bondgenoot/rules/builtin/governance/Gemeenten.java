package nl.bondgenoot.rules.builtin.governance;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Gemeenterol;
import nl.bondgenoot.model.GemeenterolSoort;
import nl.bondgenoot.model.Financieringsstroom;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Reikwijdte;
import nl.bondgenoot.model.financiering.Financiering;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.builtin.ActorKinds;

/**
 * What the gemeente finances and where it takes part (shared by the governance rules). Who counts as
 * the gemeente is {@link ActorKinds#hoortBijGemeente(Actor)}: the gemeente or any part of it.
 */
final class Gemeenten {

    private Gemeenten() {
    }

    /**
     * The gemeente an actor belongs to: the gemeente at the top of its {@code onderdeelVan} chain;
     * for a part of a gemeente that names none (a wethouder on its own), the model's only gemeente;
     * otherwise the top of the chain itself.
     */
    static Actor gemeenteVan(Actor actor) {
        Actor top = ActorKinds.organisatieVan(actor);
        if (ActorKinds.isGemeente(top)) {
            return top;
        }
        Governancemodel model = model(actor);
        List<Actor> gemeenten = model == null ? List.of()
                : model.getActoren().stream().filter(ActorKinds::isGemeente).limit(2).toList();
        return gemeenten.size() == 1 ? gemeenten.get(0) : top;
    }

    /**
     * This gemeente finances the actor: a financieringsstroom goes to it from the gemeente or one of
     * its parts (S3:843-847, 2879-2884); another gemeente's money gives this one no doorzettingsmacht.
     */
    static boolean gefinancierdDoor(Actor gemeente, Actor actor) {
        return Financiering.stromenNaar(actor).stream().map(Financieringsstroom::getFinancier)
                .anyMatch(f -> f != null && ActorKinds.hoortBijGemeente(f) && gemeenteVan(f) == gemeente);
    }

    /**
     * The sturingsrollen of S3:628-654 the gemeente plays in the network, in any fase (GOV-2..7).
     * Empty means unknown, not "none": a model that records no role says nothing about them, and no
     * rule builds a finding on that (GOV-5 and GOV-7 alike). Roles the list does not cover
     * (financier, partner, ...) say nothing about the sturingsrol either.
     */
    static List<GemeenterolSoort> sturingsrollen(Netwerk netwerk) {
        return netwerk.getGemeenterollen().stream().map(Gemeenterol::getSoort).filter(STURINGSROLLEN::contains)
                .distinct().toList();
    }

    private static final Set<GemeenterolSoort> STURINGSROLLEN = EnumSet.of(GemeenterolSoort.DIRIGENT_REGELAAR,
            GemeenterolSoort.REGISSEUR, GemeenterolSoort.ONDERHANDELAAR, GemeenterolSoort.BEMIDDELAAR,
            GemeenterolSoort.MARKTMEESTER);

    /**
     * Whether the model is about the gemeente's Wmo policy as a whole (its reikwijdte is one of the
     * rule's parameter {@code reikwijdten}), rather than one project within it.
     */
    static boolean isGemeentemodel(Governancemodel model, RuleContext context) {
        return context.enumListParameter("reikwijdten", Reikwijdte.class).contains(model.getReikwijdte());
    }

    /** The gemeente actors of the model: the gemeente or a part of it ({@link ActorKinds#hoortBijGemeente(Actor)}). */
    static List<Actor> in(Governancemodel model) {
        return model.getActoren().stream().filter(ActorKinds::hoortBijGemeente).toList();
    }

    /** The model an element belongs to, or {@code null} when it is not in one. */
    static Governancemodel model(EObject element) {
        return EcoreUtil.getRootContainer(element) instanceof Governancemodel m ? m : null;
    }

    /** The actor takes part in the network: as a member or through a role. */
    static boolean neemtDeel(Netwerk netwerk, Actor actor) {
        return netwerk.getLeden().contains(actor) || netwerk.getRollen().stream().anyMatch(r -> r.getActor() == actor);
    }
}
