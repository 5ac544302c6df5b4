package nl.bondgenoot.rules.builtin;

import java.util.HashSet;
import java.util.Set;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.soorten.Gemeenteherkenning;

/** Domain predicates on actors that several rule families share. */
public final class ActorKinds {

    /** The soorten of a hulpverlener (SPEC 1.1: "allround hulpverlener", S4:113, 1719), matched on {@code Actor.soort}. */
    private static final Set<String> HULPVERLENER = Set.of("hulpverlener", "allround hulpverlener");

    private ActorKinds() {
    }

    /** The actor is a hulpverlener by its soort, whatever roles the model gives it. */
    public static boolean isHulpverlenerVanSoort(Actor actor) {
        return actor != null && HULPVERLENER.contains(Gemeenteherkenning.soort(actor));
    }

    /** An organisation in the sense of "minstens drie organisaties" ({@link Gemeenteherkenning#isOrganisatie}). */
    public static boolean isOrganisatie(Actor actor) {
        return Gemeenteherkenning.isOrganisatie(actor);
    }

    /**
     * The actor's categorie; when it was not chosen (ONBEKEND), the categorie of its soort when that
     * is a registered actor kind (a kind has one categorie: "gemeente" is an overheid), else ONBEKEND.
     * No rule takes an actor of unknown categorie for an overheid or an organisation.
     */
    public static ActorCategorie categorie(Actor actor) {
        return Gemeenteherkenning.categorie(actor);
    }

    /**
     * The organisation an actor belongs to: the top of its {@code onderdeelVan} chain, so that a
     * gemeente's Wmo-loket or a welzijn organisation's team counts as that organisation. A cycle in
     * the chain stops at the first actor seen twice.
     */
    public static Actor organisatieVan(Actor actor) {
        if (Gemeenteherkenning.ketenEindigtSnel(actor)) {
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
        return Gemeenteherkenning.isGemeente(actor);
    }

    /** See {@link Gemeenteherkenning#soortOnbekend(Actor)}: whether the actor is a gemeente is unknown. */
    public static boolean soortOnbekend(Actor actor) {
        return Gemeenteherkenning.soortOnbekend(actor);
    }

    /**
     * The actor is the gemeente or a part of it: it, or an actor up its {@code onderdeelVan} chain,
     * is a gemeente or an overheid of a gemeente-part kind (so a wethouder counts even when the
     * model does not say of which gemeente), or a gemeenschappelijke regeling. Parts must be
     * overheid: an actor whose categorie says otherwise is not taken for a part on its kind alone.
     */
    public static boolean hoortBijGemeente(Actor actor) {
        return Gemeenteherkenning.hoortBijGemeente(actor);
    }
}
