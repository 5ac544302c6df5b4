package nl.bondgenoot.ui.views;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Netwerk;

/**
 * An actor shown under a netwerk. Wrapped because the same actor also appears under "Actoren" and
 * a tree viewer needs each element once; selecting an actor then means the one under "Actoren".
 */
record NetworkMember(Netwerk netwerk, Actor actor) {
}
