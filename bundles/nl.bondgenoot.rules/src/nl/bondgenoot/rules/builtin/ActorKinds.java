package nl.bondgenoot.rules.builtin;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.soorten.ActorSoort;
import nl.bondgenoot.model.soorten.ActorSoorten;

/** Domain predicates on actors that several rule families share. */
public final class ActorKinds {

    /** The soort of the gemeente itself (the open soort list of SPEC 1.1). */
    private static final String GEMEENTE = "gemeente";

    /**
     * The parts of a gemeente as SPEC 1.1 lists them (Afdeling/Dienst, College van B&amp;W,
     * Gemeenteraad, Wethouder, Ambtenaar, Rekenkamercommissie), matched on {@code Actor.soort}.
     */
    private static final Set<String> GEMEENTE_ONDERDELEN = Set.of("afdeling", "dienst", "college van b&w", "college",
            "gemeenteraad", "wethouder", "ambtenaar", "rekenkamercommissie");

    /** The soorten of a hulpverlener (SPEC 1.1: "allround hulpverlener", S4:113, 1719), matched on {@code Actor.soort}. */
    private static final Set<String> HULPVERLENER = Set.of("hulpverlener", "allround hulpverlener");

    private ActorKinds() {
    }

    /** The actor is a hulpverlener by its soort, whatever roles the model gives it. */
    public static boolean isHulpverlenerVanSoort(Actor actor) {
        return actor != null && HULPVERLENER.contains(soort(actor));
    }

    /**
     * An organisation in the sense of "minstens drie organisaties" (S2:2258-2260): overheden,
     * maatschappelijke organisaties, marktpartijen, representative bodies and cliëntorganisaties;
     * not individual professionals or burgers.
     */
    public static boolean isOrganisatie(Actor actor) {
        ActorCategorie c = categorie(actor);
        return c != ActorCategorie.ONBEKEND && c != ActorCategorie.PROFESSIONAL && c != ActorCategorie.BURGER;
    }

    /**
     * The actor's categorie; when it was not chosen (ONBEKEND), the categorie of its soort when that
     * is a registered actor kind (a kind has one categorie: "gemeente" is an overheid), else ONBEKEND.
     * No rule takes an actor of unknown categorie for an overheid or an organisation.
     */
    public static ActorCategorie categorie(Actor actor) {
        ActorCategorie c = actor.getCategorie();
        if (c != null && c != ActorCategorie.ONBEKEND) {
            return c;
        }
        ActorSoort kind = ActorSoorten.find(actor.getSoort());
        return kind == null ? ActorCategorie.ONBEKEND : kind.categorie();
    }

    /**
     * The organisation an actor belongs to: the top of its {@code onderdeelVan} chain, so that a
     * gemeente's Wmo-loket or a welzijn organisation's team counts as that organisation. A cycle in
     * the chain stops at the first actor seen twice.
     */
    public static Actor organisatieVan(Actor actor) {
        if (endsSoon(actor)) {
            Actor top = actor;
            while (top.getOnderdeelVan() != null) {
                top = top.getOnderdeelVan();
            }
            return top;
        }
        Set<Actor> seen = new HashSet<>();
        Actor current = actor;
        while (current.getOnderdeelVan() != null && seen.add(current)) {
            current = current.getOnderdeelVan();
        }
        return current;
    }

    /**
     * The actor is a gemeente itself: an overheid of soort "gemeente". Not a part of one; for "the
     * gemeente or a part of it" see {@link #hoortBijGemeente(Actor)}.
     */
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
        Set<Actor> seen = endsSoon(actor) ? null : new HashSet<>();
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
    private static boolean endsSoon(Actor actor) {
        Actor a = actor;
        for (int steps = 0; a != null && steps < 16; steps++) {
            a = a.getOnderdeelVan();
        }
        return a == null;
    }

    /** The soort trimmed and in lower case, empty when not given: soort is free text (SPEC 1.1). */
    private static String soort(Actor actor) {
        return actor.getSoort() == null ? "" : actor.getSoort().trim().toLowerCase(Locale.ROOT);
    }
}
