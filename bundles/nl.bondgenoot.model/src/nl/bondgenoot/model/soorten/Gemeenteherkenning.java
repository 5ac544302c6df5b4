package nl.bondgenoot.model.soorten;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;

/**
 * Who counts as the gemeente, and of which categorie an actor is: the one place every bundle asks
 * (the rules through {@code ActorKinds}, the model's derived {@code Actor.gefinancierdDoorGemeente}).
 * It lives in the model bundle because a derived feature of the metamodel needs it. The gemeente is
 * known by its typed actor kind ({@link ActorSoortId}), never by its name or by free text.
 */
public final class Gemeenteherkenning {

    /**
     * The kinds that are a gemeente: the gemeente, and a centrumgemeente (a gemeente that also works
     * for the region, EXT).
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

    private Gemeenteherkenning() {
    }

    /**
     * The actor's categorie; when it was not chosen (ONBEKEND), the categorie of its kind when that
     * is a registered actor kind (a kind has one categorie: "gemeente" is an overheid), else ONBEKEND.
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
     * An organisation in the sense of "minstens drie organisaties" (S2:2258-2260): overheden,
     * maatschappelijke organisaties, marktpartijen, representative bodies and cliëntorganisaties;
     * not individual professionals or burgers, nor an actor of unknown categorie. The rules (NET-1,
     * NET-13) and the network analysis (the number of participants) count the same organisations.
     */
    public static boolean isOrganisatie(Actor actor) {
        ActorCategorie c = categorie(actor);
        return c != ActorCategorie.ONBEKEND && c != ActorCategorie.PROFESSIONAL && c != ActorCategorie.BURGER;
    }

    /**
     * The actor is a gemeente itself: an overheid of the kind gemeente or centrumgemeente, whatever
     * its name says. Not a part of one. An actor whose soort is no known kind is no gemeente (GOV-25
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
        Set<Actor> seen = ketenEindigtSnel(actor) ? null : new HashSet<>();
        for (Actor a = actor; a != null && (seen == null || seen.add(a)); a = a.getOnderdeelVan()) {
            if (isGemeente(a) || categorie(a) == ActorCategorie.OVERHEID && isKind(a, GEMEENTE_ONDERDELEN)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actor has a soort this installation does not know as a kind ("Gemeente", a plug-in's kind
     * that is not installed): whether it is a gemeente (or part of one) is unknown. GOV-25 asks for it.
     */
    public static boolean soortOnbekend(Actor actor) {
        return actor.getSoort() != null && !actor.getSoort().isBekend();
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

    /**
     * The soort's id trimmed and in lower case, empty when not given; only for the hulpverlener
     * soorten, which are no registered kinds ("hulpverlener" is a role word as much as a kind).
     */
    public static String soort(Actor actor) {
        return actor.getSoort() == null ? "" : actor.getSoort().id().trim().toLowerCase(Locale.ROOT);
    }

    /** The actor's soort is a registered kind among these ids. */
    private static boolean isKind(Actor actor, Set<String> ids) {
        ActorSoortId soort = actor.getSoort();
        return soort != null && ids.contains(soort.id()) && soort.isBekend();
    }
}
