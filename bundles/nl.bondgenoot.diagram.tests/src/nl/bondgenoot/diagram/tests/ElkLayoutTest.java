package nl.bondgenoot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.diagram.layout.ElkLayout;
import nl.bondgenoot.diagram.layout.LayoutAlgorithm;
import nl.bondgenoot.diagram.layout.LayoutGraph;
import nl.bondgenoot.diagram.layout.MissingPositions;
import nl.bondgenoot.diagram.notation.Bounds;

/** ELK inside OSGi: layers put the steering actor above the steered, no boxes overlap, placed ones stay put. */
class ElkLayoutTest {

    private static LayoutGraph chain() {
        return new LayoutGraph().box("gemeente", 180, 60).box("welzijn", 200, 60).box("zorg", 160, 60).box("burger", 150, 50)
                .line("gemeente", "welzijn").line("gemeente", "zorg").line("welzijn", "burger");
    }

    @Test
    void layersRunFromSteeringToSteered() {
        Map<String, Bounds> at = ElkLayout.layout(chain(), LayoutAlgorithm.LAGEN);
        assertEquals(4, at.size());
        assertTrue(at.get("gemeente").y() < at.get("welzijn").y(), "gemeente above what it steers: " + at);
        assertTrue(at.get("welzijn").y() < at.get("burger").y(), at.toString());
        assertNoOverlap(chain(), at);
    }

    @Test
    void stressPlacesEveryBoxApart() {
        Map<String, Bounds> at = ElkLayout.layout(chain(), LayoutAlgorithm.STRESS);
        assertEquals(4, at.size());
        assertFalse(at.values().stream().anyMatch(b -> Double.isNaN(b.x()) || Double.isNaN(b.y())));
        assertEquals(4, at.values().stream().map(b -> List.of(b.x(), b.y())).distinct().count(), at.toString());
    }

    @Test
    void onlyWhatHasNoPlaceIsPlacedAndItGoesBesideTheRest() {
        Map<String, Bounds> placed = Map.of("gemeente", Bounds.at(0, 0), "welzijn", new Bounds(400, 0, 300, 80));
        Map<String, Bounds> added = MissingPositions.place(chain(), placed);
        assertEquals(List.of("burger", "zorg"), added.keySet().stream().sorted().toList());
        for (Bounds b : added.values()) {
            assertTrue(b.x() >= 700, "right of the placed elements (which end at x=700): " + added);
        }
    }

    static void assertNoOverlap(LayoutGraph graph, Map<String, Bounds> at) {
        List<String> ids = List.copyOf(at.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                Bounds a = at.get(ids.get(i));
                Bounds b = at.get(ids.get(j));
                LayoutGraph.Node ba = graph.boxes().get(ids.get(i));
                LayoutGraph.Node bb = graph.boxes().get(ids.get(j));
                boolean apart = a.x() + ba.width() <= b.x() || b.x() + bb.width() <= a.x() || a.y() + ba.height() <= b.y()
                        || b.y() + bb.height() <= a.y();
                assertTrue(apart, ids.get(i) + " overlaps " + ids.get(j) + ": " + at);
            }
        }
    }
}
