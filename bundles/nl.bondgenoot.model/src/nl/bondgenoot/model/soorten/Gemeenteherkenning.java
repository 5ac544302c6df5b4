package nl.bondgenoot.model.soorten;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;

/**
 * Who counts as the gemeente, and of which categorie an actor is: the one place every bundle asks
 * (the rules through {@code ActorKinds}, the model's derived {@code Actor.gefinancierdDoorGemeente}).
 * It lives in the model bundle because a derived feature of the metamodel needs it.
 */
public final class Gemeenteherkenning {

    /** The soort of the gemeente itself (the open soort list of SPEC 1.1). */
    private static final String GEMEENTE = "gemeente";

    /**
     * The parts of a gemeente as SPEC 1.1 lists them (Afdeling/Dienst, College van B&amp;W,
     * Gemeenteraad, Wethouder, Ambtenaar, Rekenkamercommissie), matched on {@code Actor.soort}.
     */
    private static final Set<String> GEMEENTE_ONDERDELEN = Set.of("afdeling", "dienst", "college van b&w", "college",
            "gemeenteraad", "wethouder", "ambtenaar", "rekenkamercommissie");

    private Gemeenteherkenning() {
    }

    /**
     * The actor's categorie; when it was not chosen (ONBEKEND), the categorie of its soort when that
     * is a registered actor kind (a kind has one categorie: "gemeente" is an overheid), else ONBEKEND.
     */
    public static ActorCategorie categorie(Actor actor) {
        ActorCategorie c = actor.getCategorie();
        if (c != null && c != ActorCategorie.ONBEKEND) {
            return c;
        }
        ActorSoort kind = ActorSoorten.find(actor.getSoort());
        return kind == null ? ActorCategorie.ONBEKEND : kind.categorie();
    }

    /** The actor is a gemeente itself: an overheid of soort "gemeente". Not a part of one. */
    public static boolean isGemeente(Actor actor) {
        return actor != null && categorie(actor) == ActorCategorie.OVERHEID && GEMEENTE.equals(soort(actor));
    }

    /**
     * The actor is the gemeente or a part of it: it, or an actor up its {@code onderdeelVan} chain,
     * is a gemeente or an overheid of a gemeente-part soort (so a wethouder counts even when the
     * model does not say of which gemeente). Parts must be overheid because soorten such as
     * "afdeling" or "dienst" also occur in other organisations.
     */
    public static boolean hoortBijGemeente(Actor actor) {
        Set<Actor> seen = ketenEindigtSnel(actor) ? null : new HashSet<>();
        for (Actor a = actor; a != null && (seen == null || seen.add(a)); a = a.getOnderdeelVan()) {
            if (isGemeente(a)
                    || categorie(a) == ActorCategorie.OVERHEID && GEMEENTE_ONDERDELEN.contains(soort(a))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The {@code onderdeelVan} chain from the actor ends within a few steps, so it has no cycle and
     * needs no set of actors seen: rules ask this for every one of 50,000 sturingsrelaties, and
     * the sets were most of the garbage of a validation.
     */
    public static boolean ketenEindigtSnel(Actor actor) {
        Actor a = actor;
        for (int steps = 0; a != null && steps < 16; steps++) {
            a = a.getOnderdeelVan();
        }
        return a == null;
    }

    /** The soort trimmed and in lower case, empty when not given: soort is free text (SPEC 1.1). */
    public static String soort(Actor actor) {
        return actor.getSoort() == null ? "" : actor.getSoort().trim().toLowerCase(Locale.ROOT);
    }
}
