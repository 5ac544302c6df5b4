package nl.bondgenoot.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.alg.scoring.HarmonicCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

import nl.bondgenoot.analysis.Band;
import nl.bondgenoot.analysis.maten.Actorcijfers;
import nl.bondgenoot.analysis.maten.Netwerkanalyse;
import nl.bondgenoot.analysis.maten.Netwerkanalyses;
import nl.bondgenoot.model.Actor;

/**
 * The figures of small graphs, computed by hand (in the comments), and the same graphs given to JGraphT
 * directly. Normalisation: betweenness is the share of pairs of other actors (n-1)(n-2)/2; closeness
 * (n-1)/sum of distances; harmonic closeness the mean of 1/distance; eigenvector of length 1.
 */
class NetwerkanalysesTest {

    private static final double E = 1e-6;

    private static Actorcijfers cijfers(Netwerkanalyse analyse, Modellen m, String naam) {
        return analyse.van(m.a(naam)).orElseThrow();
    }

    @Test
    void aPathOfFour() {
        Modellen m = Modellen.pad();
        Netwerkanalyse analyse = Netwerkanalyses.van(m.heelModel());
        assertEquals(4, analyse.actoren());
        assertEquals(3, analyse.banden());
        assertEquals(0.5, analyse.dichtheid(), E); // 3 of 6 possible ties
        assertEquals(1, analyse.componenten());
        // b lies between a-c and a-d: 2 of the 3 pairs without b.
        assertEquals(2 / 3.0, cijfers(analyse, m, "b").betweenness(), E);
        assertEquals(0, cijfers(analyse, m, "a").betweenness(), E);
        // a: distances 1 + 2 + 3 = 6, so 3/6; b: 1 + 1 + 2 = 4, so 3/4.
        assertEquals(0.5, cijfers(analyse, m, "a").closeness(), E);
        assertEquals(0.75, cijfers(analyse, m, "b").closeness(), E);
        // The leading eigenvector of P4 is (sin 36°, sin 72°, sin 72°, sin 36°), of length 1.
        double norm = Math.sqrt(2 * (Math.pow(Math.sin(Math.PI / 5), 2) + Math.pow(Math.sin(2 * Math.PI / 5), 2)));
        assertEquals(Math.sin(Math.PI / 5) / norm, cijfers(analyse, m, "a").eigenvector(), 1e-4);
        assertEquals(Math.sin(2 * Math.PI / 5) / norm, cijfers(analyse, m, "b").eigenvector(), 1e-4);
        assertEquals(List.of(m.a("b"), m.a("c")), analyse.snijpunten());
        assertEquals(3, analyse.bruggen().size());
        Actorcijfers b = cijfers(analyse, m, "b");
        assertEquals(1, b.ingraad());
        assertEquals(1, b.uitgraad());
        assertEquals(2, b.graad());
    }

    @Test
    void aStar() {
        Modellen m = Modellen.ster();
        Netwerkanalyse analyse = Netwerkanalyses.van(m.heelModel());
        Actorcijfers midden = cijfers(analyse, m, "m");
        assertEquals(1.0, midden.betweenness(), E); // on every path between two leaves
        assertEquals(1.0, midden.closeness(), E);
        assertEquals(0.6, cijfers(analyse, m, "x").closeness(), E); // 3 / (1 + 2 + 2)
        // A star's leading eigenvector: the centre sqrt(3) times a leaf, length 1: 1/sqrt(2) and 1/sqrt(6).
        assertEquals(1 / Math.sqrt(2), midden.eigenvector(), 1e-4);
        assertEquals(1 / Math.sqrt(6), cijfers(analyse, m, "x").eigenvector(), 1e-4);
        assertEquals(3, midden.uitgraad());
        assertEquals(0, midden.ingraad());
        assertEquals(List.of(m.a("m")), analyse.snijpunten());
        assertEquals(0.5, analyse.dichtheid(), E);
    }

    @Test
    void twoTrianglesJoinedByABridge() {
        Modellen m = Modellen.tweeDriehoeken();
        Netwerkanalyse analyse = Netwerkanalyses.van(m.heelModel());
        assertEquals(7, analyse.banden());
        assertEquals(7 / 15.0, analyse.dichtheid(), E);
        assertEquals(List.of(m.a("c"), m.a("d")), analyse.snijpunten());
        assertEquals(1, analyse.bruggen().size());
        Band brug = analyse.bruggen().get(0);
        assertEquals(List.of(m.a("c"), m.a("d")), List.of(brug.van(), brug.naar()));
        // c lies between a or b and d, e, f: 6 of the 10 pairs without c.
        assertEquals(0.6, cijfers(analyse, m, "c").betweenness(), E);
        assertEquals(0, cijfers(analyse, m, "a").betweenness(), E);
        assertEquals(5 / 7.0, cijfers(analyse, m, "c").closeness(), E); // 1 + 1 + 1 + 2 + 2
    }

    @Test
    void aDisconnectedGraph() {
        Modellen m = Modellen.losseDelen();
        Netwerkanalyse analyse = Netwerkanalyses.van(m.heelModel());
        assertEquals(3, analyse.componenten());
        assertEquals(List.of(), analyse.snijpunten());
        assertEquals(2, analyse.bruggen().size());
        // Closeness is 0 for everyone in a disconnected graph (JGraphT); harmonic: a reaches b only, 1/4.
        assertEquals(0, cijfers(analyse, m, "a").closeness(), E);
        assertEquals(0.25, cijfers(analyse, m, "a").harmonisch(), E);
        assertEquals(0, cijfers(analyse, m, "e").harmonisch(), E);
        assertEquals(0, cijfers(analyse, m, "e").graad());
        assertEquals(List.of(m.a("e")), analyse.ledenZonderBand());
    }

    @Test
    void anEmptyModelHasNoFigures() {
        Netwerkanalyse analyse = Netwerkanalyses.van(new Modellen().heelModel());
        assertEquals(0, analyse.actoren());
        assertEquals(0, analyse.componenten());
        assertEquals(0, analyse.dichtheid(), E);
    }

    @Test
    void oneActorAloneHasZeroesNotNaN() {
        Modellen m = new Modellen().actoren(nl.bondgenoot.model.ActorCategorie.OVERHEID, "g");
        Actorcijfers g = Netwerkanalyses.van(m.heelModel()).van(m.a("g")).orElseThrow();
        assertEquals(0, g.closeness(), E);
        assertEquals(0, g.betweenness(), E);
        assertFalse(Double.isNaN(g.eigenvector()));
    }

    /** An OK-team whose members have no sturingsrelatie among them: nobody is central, not everyone a little. */
    @Test
    void withoutAnyTieNobodyHasEigenvectorCentrality() {
        Modellen m = new Modellen().actoren(nl.bondgenoot.model.ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE, "a", "b", "c");
        Netwerkanalyse analyse = Netwerkanalyses.van(m.heelModel());
        for (String naam : List.of("a", "b", "c")) {
            assertEquals(0, cijfers(analyse, m, naam).eigenvector(), E, naam);
        }
    }

    /** The same graph given to JGraphT directly, as strings and plain edges: the same figures. */
    @Test
    void theFiguresAreJGraphTs() {
        Modellen m = Modellen.tweeDriehoeken();
        m.actoren(nl.bondgenoot.model.ActorCategorie.OVERHEID, "g", "h").relaties("g>h", "h>g", "a>g");
        Netwerkanalyse analyse = Netwerkanalyses.van(m.heelModel());

        Graph<String, DefaultEdge> direct = new SimpleGraph<>(DefaultEdge.class);
        m.actoren.keySet().forEach(direct::addVertex);
        m.model.getSturingsrelaties().forEach(r -> {
            if (!direct.containsEdge(r.getVan().getNaam(), ((Actor) r.getNaar()).getNaam())) {
                direct.addEdge(r.getVan().getNaam(), ((Actor) r.getNaar()).getNaam());
            }
        });
        int n = direct.vertexSet().size();
        Map<String, Double> betweenness = new BetweennessCentrality<>(direct, false).getScores();
        Map<String, Double> closeness = new ClosenessCentrality<>(direct).getScores();
        Map<String, Double> harmonic = new HarmonicCentrality<>(direct).getScores();
        for (String naam : m.actoren.keySet()) {
            Actorcijfers c = cijfers(analyse, m, naam);
            assertEquals(betweenness.get(naam) / ((n - 1) * (n - 2) / 2.0), c.betweenness(), E, naam);
            assertEquals(closeness.get(naam), c.closeness(), E, naam);
            assertEquals(harmonic.get(naam), c.harmonisch(), E, naam);
            assertEquals(direct.degreeOf(naam), c.graad(), naam);
        }
        BiconnectivityInspector<String, DefaultEdge> inspector = new BiconnectivityInspector<>(direct);
        assertEquals(inspector.getCutpoints(),
                analyse.snijpunten().stream().map(Actor::getNaam).collect(java.util.stream.Collectors.toSet()));
        assertEquals(inspector.getBridges().size(), analyse.bruggen().size());
        assertEquals(9, analyse.banden(), "g>h and h>g are one tie");
        assertEquals(10, analyse.graaf().gericht().edgeSet().size());
        assertTrue(cijfers(analyse, m, "a").snijpunt());
    }
}
