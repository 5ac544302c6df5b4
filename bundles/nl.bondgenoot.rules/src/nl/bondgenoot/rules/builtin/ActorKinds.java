package nl.bondgenoot.rules.builtin;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;

/** Domain predicates on actors that several rules share. */
public final class ActorKinds {

    private ActorKinds() {
    }

    /**
     * An organisation in the sense of "minstens drie organisaties" (S2:2258-2260): overheden,
     * maatschappelijke organisaties, marktpartijen, representative bodies and cliëntorganisaties;
     * not individual professionals or burgers.
     */
    public static boolean isOrganisatie(Actor actor) {
        ActorCategorie c = actor.getCategorie();
        return c != ActorCategorie.PROFESSIONAL && c != ActorCategorie.BURGER;
    }
}
