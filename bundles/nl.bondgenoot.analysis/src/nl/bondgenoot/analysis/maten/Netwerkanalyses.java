package nl.bondgenoot.analysis.maten;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.alg.scoring.EigenvectorCentrality;
import org.jgrapht.alg.scoring.HarmonicCentrality;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.WeightedPseudograph;

import nl.bondgenoot.analysis.Band;
import nl.bondgenoot.analysis.Netwerkgraaf;
import nl.bondgenoot.model.Actor;

/**
 * Computes a {@link Netwerkanalyse} with JGraphT; this class only maps the domain to JGraphT's
 * algorithms and states their normalisation (see {@link Actorcijfers}).
 */
public final class Netwerkanalyses {

    private Netwerkanalyses() {
    }

    public static Netwerkanalyse van(Netwerkgraaf graaf) {
        Graph<Actor, Band> gericht = graaf.gericht();
        Graph<Actor, Band> ongericht = graaf.ongericht();
        int n = graaf.actoren().size();
        int banden = ongericht.edgeSet().size();
        double dichtheid = n < 2 ? 0 : banden / (n * (n - 1) / 2.0);

        Map<Actor, Double> betweenness = new BetweennessCentrality<>(ongericht, false).getScores();
        double paren = (n - 1) * (n - 2) / 2.0;
        Map<Actor, Double> closeness = new ClosenessCentrality<>(ongericht, false, true).getScores();
        Map<Actor, Double> harmonisch = new HarmonicCentrality<>(ongericht, false, true).getScores();
        Map<Actor, Double> eigenvector = eigenvector(ongericht);
        Set<Actor> snijpunten = n == 0 ? Set.of() : new BiconnectivityInspector<>(ongericht).getCutpoints();
        Set<Band> bruggen = n == 0 ? Set.of() : new BiconnectivityInspector<>(ongericht).getBridges();
        Map<Actor, Makelaarsrollen> makelaars = Makelaarsrollen.van(gericht);

        List<Actorcijfers> perActor = new ArrayList<>();
        for (Actor actor : graaf.actoren()) {
            perActor.add(new Actorcijfers(actor, graaf.leden().contains(actor), gericht.inDegreeOf(actor),
                    gericht.outDegreeOf(actor), ongericht.degreeOf(actor),
                    paren > 0 ? betweenness.get(actor) / paren : 0, n < 2 ? 0 : finite(closeness.get(actor)),
                    n < 2 ? 0 : finite(harmonisch.get(actor)), eigenvector.getOrDefault(actor, 0d),
                    snijpunten.contains(actor), makelaars.get(actor)));
        }
        List<Band> brugLijst = new ArrayList<>(bruggen);
        brugLijst.sort(Comparator.comparing((Band b) -> graaf.actoren().indexOf(b.van()))
                .thenComparing(b -> graaf.actoren().indexOf(b.naar())));
        return new Netwerkanalyse(graaf, n, banden, gericht.edgeSet().size(), dichtheid,
                n == 0 ? 0 : new ConnectivityInspector<>(ongericht).connectedSets().size(),
                graaf.actoren().stream().filter(snijpunten::contains).toList(), List.copyOf(brugLijst),
                List.copyOf(perActor));
    }

    /**
     * Eigenvector centrality by JGraphT's power iteration on A + I: the same leading eigenvector as the
     * adjacency matrix A, but the iteration also settles on bipartite graphs (a path, a star), where on A
     * alone it swings between two vectors and stops wherever its iteration limit falls. No ties: 0 for everyone.
     */
    static Map<Actor, Double> eigenvector(Graph<Actor, Band> ongericht) {
        // Without any tie nobody is central: A + I would give everyone the same share (1/sqrt(n)).
        if (ongericht.edgeSet().isEmpty()) {
            return Map.of();
        }
        WeightedPseudograph<Actor, DefaultWeightedEdge> metLussen = new WeightedPseudograph<>(DefaultWeightedEdge.class);
        ongericht.vertexSet().forEach(metLussen::addVertex);
        ongericht.edgeSet().forEach(b -> metLussen.addEdge(ongericht.getEdgeSource(b), ongericht.getEdgeTarget(b)));
        ongericht.vertexSet().forEach(v -> metLussen.addEdge(v, v));
        return new EigenvectorCentrality<>(metLussen, 10_000, 1e-10).getScores();
    }

    private static double finite(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? 0 : value;
    }
}
