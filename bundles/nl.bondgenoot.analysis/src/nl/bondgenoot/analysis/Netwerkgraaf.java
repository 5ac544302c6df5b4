package nl.bondgenoot.analysis;

import java.util.List;
import java.util.Set;

import org.jgrapht.Graph;

import nl.bondgenoot.model.Actor;

/**
 * The graph projection of a model ({@link Graafprojecties#van}): actors as vertices; a directed graph
 * (the steering actor to the steered one, for in- and outdegree and brokerage) and an undirected one
 * (one tie per pair, for betweenness, closeness, eigenvector, components, cut vertices and bridges).
 * The graphs are unmodifiable.
 *
 * @param projectie what was projected
 * @param actoren the vertices in model order
 * @param leden the members counted as participants (the netwerk's members on the peildatum; the whole
 *        model: every actor)
 * @param gericht directed ties, at most one per ordered pair
 * @param ongericht undirected ties, at most one per pair
 */
public record Netwerkgraaf(Projectie projectie, List<Actor> actoren, Set<Actor> leden, Graph<Actor, Band> gericht,
        Graph<Actor, Band> ongericht) {

    /** How an actor is named in output: its naam, else its id. */
    public static String naam(Actor actor) {
        if (actor.getNaam() != null && !actor.getNaam().isBlank()) {
            return actor.getNaam();
        }
        return actor.getId() == null ? "(naamloos)" : actor.getId();
    }

    /** The name of what was projected: the netwerk's naam, or "heel model". */
    public String onderwerp() {
        return projectie.netwerk() == null ? "heel model"
                : projectie.netwerk().getNaam() == null ? "(naamloos netwerk)" : projectie.netwerk().getNaam();
    }
}
