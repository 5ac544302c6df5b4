package nl.bondgenoot.analysis.maten;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.AsSubgraph;

import nl.bondgenoot.analysis.Band;
import nl.bondgenoot.analysis.Netwerkgraaf;
import nl.bondgenoot.model.Actor;

/**
 * A cut vertex with what its loss does: how many actors of its part would then no longer be connected
 * to the largest remaining piece.
 *
 * @param actor the cut vertex
 * @param afgesneden the actors cut off from the largest remaining piece of its part
 */
public record Snijpunt(Actor actor, int afgesneden) {

    /** The cut vertices of the undirected graph (JGraphT), in model order, with what each cuts off. */
    public static List<Snijpunt> van(Netwerkgraaf graaf) {
        Graph<Actor, Band> g = graaf.ongericht();
        if (g.vertexSet().isEmpty()) {
            return List.of();
        }
        Set<Actor> cut = new BiconnectivityInspector<>(g).getCutpoints();
        ConnectivityInspector<Actor, Band> delen = new ConnectivityInspector<>(g);
        List<Snijpunt> result = new ArrayList<>();
        for (Actor actor : graaf.actoren()) {
            if (!cut.contains(actor)) {
                continue;
            }
            Set<Actor> rest = new HashSet<>(delen.connectedSetOf(actor));
            rest.remove(actor);
            int grootste = new ConnectivityInspector<>(new AsSubgraph<>(g, rest)).connectedSets().stream()
                    .mapToInt(Set::size).max().orElse(0);
            result.add(new Snijpunt(actor, rest.size() - grootste));
        }
        return List.copyOf(result);
    }
}
