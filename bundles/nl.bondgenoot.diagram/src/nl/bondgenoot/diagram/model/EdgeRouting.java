package nl.bondgenoot.diagram.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;

import nl.bondgenoot.diagram.layout.Box;
import nl.bondgenoot.diagram.layout.Route;

/**
 * Routes the edges of the map once the nodes have their places: edges between the same two nodes
 * (several sturingsrelaties, or a relation beside a membership) bend apart through a routing point
 * each, and each edge label goes to the first place along its edge where it covers no node and no
 * label placed before it. The browser (Sprotty's polyline router and edge placement) and the export
 * draw both from the GModel, so they draw the same routes and labels.
 */
final class EdgeRouting {

    /** Distance between the middles of two parallel edges. */
    static final double SPREAD = 40;
    /** Free space kept around an edge label. */
    static final double LABEL_MARGIN = 2;
    /** Where along its edge a label may go, in order of preference: the middle first. */
    private static final double[] POSITIONS = { 0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82, 0.12, 0.88 };

    private EdgeRouting() {
    }

    static void route(Map<String, GNode> nodes, List<GEdge> edges) {
        Map<String, Box> boxes = new HashMap<>();
        nodes.forEach((id, node) -> boxes.put(id, Box.of(node)));
        spreadParallelEdges(boxes, edges);
        placeLabels(boxes, edges);
    }

    /** Edges between the same two nodes (either way) fan out perpendicular to the line between them. */
    private static void spreadParallelEdges(Map<String, Box> boxes, List<GEdge> edges) {
        Map<String, List<GEdge>> pairs = new LinkedHashMap<>();
        for (GEdge edge : edges) {
            String source = edge.getSourceId();
            String target = edge.getTargetId();
            if (source.equals(target) || !boxes.containsKey(source) || !boxes.containsKey(target)) {
                continue;
            }
            String key = source.compareTo(target) < 0 ? source + " " + target : target + " " + source;
            pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(edge);
        }
        for (List<GEdge> parallel : pairs.values()) {
            if (parallel.size() < 2) {
                continue;
            }
            // The same side for both directions: measured from the node with the smaller id.
            GEdge first = parallel.get(0);
            boolean forward = first.getSourceId().compareTo(first.getTargetId()) < 0;
            Box from = boxes.get(forward ? first.getSourceId() : first.getTargetId());
            Box to = boxes.get(forward ? first.getTargetId() : first.getSourceId());
            double dx = to.centreX() - from.centreX();
            double dy = to.centreY() - from.centreY();
            double length = Math.hypot(dx, dy);
            if (length < 1e-6) {
                continue;
            }
            double nx = -dy / length;
            double ny = dx / length;
            double midX = (from.centreX() + to.centreX()) / 2;
            double midY = (from.centreY() + to.centreY()) / 2;
            for (int i = 0; i < parallel.size(); i++) {
                double offset = (i - (parallel.size() - 1) / 2.0) * SPREAD;
                if (Math.abs(offset) > 1e-6) {
                    parallel.get(i).getRoutingPoints().add(GraphUtil.point(midX + nx * offset, midY + ny * offset));
                }
            }
        }
    }

    /** Each label at the first free place along its edge, or where it covers least. */
    private static void placeLabels(Map<String, Box> boxes, List<GEdge> edges) {
        Obstacles taken = new Obstacles();
        boxes.values().forEach(taken::add);
        for (GEdge edge : edges) {
            Box source = boxes.get(edge.getSourceId());
            Box target = boxes.get(edge.getTargetId());
            if (source == null || target == null) {
                continue;
            }
            Route route = null;
            for (GModelElement child : edge.getChildren()) {
                if (child instanceof GLabel label && label.getEdgePlacement() != null && label.getSize() != null) {
                    route = route == null ? Route.between(source, target, Route.points(edge.getRoutingPoints())) : route;
                    taken.add(place(label, route, taken));
                }
            }
        }
    }

    private static Box place(GLabel label, Route route, Obstacles taken) {
        double width = label.getSize().getWidth();
        double height = label.getSize().getHeight();
        double best = 0.5;
        double leastCovered = Double.MAX_VALUE;
        for (double t : POSITIONS) {
            double[] at = route.pointAt(t);
            double covered = taken.covered(Box.centredOn(at[0], at[1], width, height).grow(LABEL_MARGIN));
            if (covered < leastCovered) {
                leastCovered = covered;
                best = t;
            }
            if (covered == 0) {
                break;
            }
        }
        label.getEdgePlacement().setPosition(best);
        double[] at = route.pointAt(best);
        return Box.centredOn(at[0], at[1], width, height);
    }

    /** Boxes in a grid of cells, so a label is checked against its neighbours only (maps of thousands of nodes). */
    private static final class Obstacles {
        private static final double CELL = 256;
        private final Map<Long, List<Box>> cells = new HashMap<>();

        void add(Box box) {
            forCells(box, key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(box));
        }

        /** The area of the box that other boxes cover (each other box counted once per cell it shares). */
        double covered(Box box) {
            double[] sum = { 0 };
            Set<Box> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            forCells(box, key -> {
                for (Box other : cells.getOrDefault(key, List.of())) {
                    if (seen.add(other)) {
                        sum[0] += box.overlap(other);
                    }
                }
            });
            return sum[0];
        }

        private static void forCells(Box box, LongConsumer action) {
            long x0 = (long) Math.floor(box.x() / CELL);
            long x1 = (long) Math.floor(box.right() / CELL);
            long y0 = (long) Math.floor(box.y() / CELL);
            long y1 = (long) Math.floor(box.bottom() / CELL);
            for (long x = x0; x <= x1; x++) {
                for (long y = y0; y <= y1; y++) {
                    action.accept(x * 1_000_003L + y);
                }
            }
        }
    }
}
