package nl.bondgenoot.rules.builtin.governance;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;

/** Who counts as the gemeente, and what the gemeente finances (shared by the governance rules). */
final class Gemeenten {

    /**
     * The gemeente and its parts as SPEC 1.1 lists them (Afdeling/Dienst, College van B&W,
     * Gemeenteraad, Wethouder, Ambtenaar, Rekenkamercommissie), matched on {@code Actor.soort}.
     */
    private static final Set<String> SOORTEN = Set.of("gemeente", "afdeling", "dienst", "college van b&w",
            "college", "gemeenteraad", "wethouder", "ambtenaar", "rekenkamercommissie");

    private Gemeenten() {
    }

    /** The gemeente itself or a part of it (directly or through {@code onderdeelVan}). */
    static boolean isGemeente(Actor actor) {
        Set<Actor> seen = new HashSet<>();
        for (Actor a = actor; a != null && seen.add(a); a = a.getOnderdeelVan()) {
            if (a.getCategorie() == ActorCategorie.OVERHEID && a.getSoort() != null
                    && SOORTEN.contains(a.getSoort().trim().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The gemeente finances this actor: the flag, or a gemeente among its financiers (S3:843-847). */
    static boolean gefinancierdDoorGemeente(Actor actor) {
        return actor.isGefinancierdDoorGemeente() || actor.getFinanciers().stream().anyMatch(Gemeenten::isGemeente);
    }

    /** The gemeente actors of the model. */
    static List<Actor> in(Governancemodel model) {
        return model.getActoren().stream().filter(Gemeenten::isGemeente).toList();
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
