package nl.bondgenoot.diagram.layout;

import java.util.Map;

import nl.bondgenoot.diagram.notation.Bounds;

/**
 * Places the elements that have no stored position: ELK lays them out among themselves (layers),
 * and the result goes to the right of what is already placed, so a stored layout never moves.
 */
public final class MissingPositions {

    private static final double GAP = 80;

    private MissingPositions() {
    }

    /**
     * @param graph  every element of the map with its (measured or estimated) size
     * @param placed the stored bounds; elements of the graph not in here get a position
     * @return positions for the elements that had none
     */
    public static Map<String, Bounds> place(LayoutGraph graph, Map<String, Bounds> placed) {
        LayoutGraph missing = new LayoutGraph().direction(graph.direction());
        graph.boxes().values().stream().filter(box -> !placed.containsKey(box.id()))
                .forEach(box -> missing.box(box.id(), box.width(), box.height()));
        graph.lines().forEach(line -> missing.line(line.sourceId(), line.targetId()));
        Map<String, Bounds> positions = ElkLayout.layout(missing, LayoutAlgorithm.LAGEN);
        if (positions.isEmpty() || placed.keySet().stream().noneMatch(graph.boxes()::containsKey)) {
            return positions;
        }
        double right = Double.NEGATIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, Bounds> entry : placed.entrySet()) {
            LayoutGraph.Node box = graph.boxes().get(entry.getKey());
            if (box == null) {
                continue; // the notation may still hold an element that was deleted in another editor
            }
            double width = entry.getValue().hasSize() ? entry.getValue().width() : box.width();
            right = Math.max(right, entry.getValue().x() + width);
            top = Math.min(top, entry.getValue().y());
        }
        double dx = right + GAP - ElkLayout.MARGIN;
        double dy = top - ElkLayout.MARGIN;
        positions.replaceAll((id, b) -> b.movedTo(b.x() + dx, b.y() + dy));
        return positions;
    }
}
