package nl.bondgenoot.rules.builtin.participation;

import java.util.List;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.builtin.ActorKinds;

/** What several participation rules share: who counts as burger. */
final class ParticipationFacts {

    private ParticipationFacts() {
    }

    /** The members that are burgers in the sense of the rule's parameter {@code burgerCategorieen}. */
    static List<Actor> burgers(Netwerk netwerk, RuleContext context) {
        List<ActorCategorie> categorieen = context.enumListParameter("burgerCategorieen", ActorCategorie.class);
        return netwerk.getLeden().stream().filter(a -> categorieen.contains(ActorKinds.categorie(a))).toList();
    }

    /** A member's categorie is unknown: it may be a burger, so "no burgers" would be a guess. */
    static boolean heeftLidVanOnbekendeCategorie(Netwerk netwerk) {
        return netwerk.getLeden().stream().anyMatch(a -> ActorKinds.categorie(a) == ActorCategorie.ONBEKEND);
    }
}
