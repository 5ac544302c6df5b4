package nl.bondgenoot.rules.builtin.participation;

import java.util.List;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.rules.RuleContext;

/** What several participation rules share: who counts as burger. */
final class ParticipationFacts {

    private ParticipationFacts() {
    }

    /** The members that are burgers in the sense of the rule's parameter {@code burgerCategorieen}. */
    static List<Actor> burgers(Netwerk netwerk, RuleContext context) {
        List<ActorCategorie> categorieen = context.enumListParameter("burgerCategorieen", ActorCategorie.class);
        return netwerk.getLeden().stream().filter(a -> categorieen.contains(a.getCategorie())).toList();
    }
}
