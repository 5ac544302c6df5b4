package nl.bondgenoot.rules.builtin;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.soorten.ActorSoort;
import nl.bondgenoot.model.soorten.ActorSoortId;

/** Domain predicates on actors that several rule families share. */
public final class ActorKinds {

    /**
     * The kinds that are a gemeente: the gemeente, and a centrumgemeente (a gemeente that also works
     * for the region, EXT). Read from the typed {@code Actor.soort}, never from free text.
     */
    private static final Set<String> GEMEENTE = Set.of("gemeente", "centrumgemeente");

    /**
     * The kinds that belong to the gemeente without being one: its parts as SPEC 1.1 lists them
     * (Afdeling/Dienst, College van B&amp;W, Gemeenteraad, Wethouder, Ambtenaar, Rekenkamercommissie)
     * and a gemeenschappelijke regeling, which acts for the gemeenten that formed it (EXT): its
     * sturing and financing are theirs, but it has no raad or beleidsplan of its own, so it is no
     * gemeente for the rules that need one (NET-3, NET-4, NET-12).
     */
    private static final Set<String> GEMEENTE_ONDERDELEN = Set.of("afdeling", "college", "gemeenteraad", "wethouder",
            "ambtenaar", "rekenkamercommissie", "gemeenschappelijke regeling");

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
        ActorSoort kind = actor.getSoort() == null ? null : actor.getSoort().soort();
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
     * The actor is a gemeente itself: an overheid of the kind gemeente or centrumgemeente, whatever
     * its name says. Not a part of one; for "the gemeente or a part of it" see
     * {@link #hoortBijGemeente(Actor)}. An actor whose soort is no known kind is no gemeente (GOV-25
     * asks for the kind).
     */
    public static boolean isGemeente(Actor actor) {
        return actor != null && categorie(actor) == ActorCategorie.OVERHEID && isKind(actor, GEMEENTE);
    }

    /**
     * The actor is the gemeente or a part of it: it, or an actor up its {@code onderdeelVan} chain,
     * is a gemeente or an overheid of a gemeente-part kind (so a wethouder counts even when the
     * model does not say of which gemeente), or a gemeenschappelijke regeling. Parts must be
     * overheid: an actor whose categorie says otherwise is not taken for a part on its kind alone.
     */
    public static boolean hoortBijGemeente(Actor actor) {
        Set<Actor> seen = endsSoon(actor) ? null : new HashSet<>();
        for (Actor a = actor; a != null && (seen == null || seen.add(a)); a = a.getOnderdeelVan()) {
            if (isGemeente(a)
                    || categorie(a) == ActorCategorie.OVERHEID && isKind(a, GEMEENTE_ONDERDELEN)) {
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

    /**
     * The actor has a soort this installation does not know as a kind ("Gemeente", a plug-in's kind
     * that is not installed): whether it is a gemeente (or part of one) is unknown. GOV-25 asks for it.
     */
    public static boolean soortOnbekend(Actor actor) {
        return actor.getSoort() != null && !actor.getSoort().isBekend();
    }

    /** The actor's soort is a registered kind among these ids. */
    private static boolean isKind(Actor actor, Set<String> ids) {
        ActorSoortId soort = actor.getSoort();
        return soort != null && ids.contains(soort.id()) && soort.isBekend();
    }

    /**
     * The soort's id trimmed and in lower case, empty when not given; only for the hulpverlener
     * soorten, which are no registered kinds ("hulpverlener" is a role word as much as a kind).
     */
    private static String soort(Actor actor) {
        return actor.getSoort() == null ? "" : actor.getSoort().id().trim().toLowerCase(Locale.ROOT);
    }
}
