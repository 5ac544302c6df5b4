package nl.bondgenoot.diagram.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;

import nl.bondgenoot.diagram.model.LookArgs;
import nl.bondgenoot.diagram.layout.Box;
import nl.bondgenoot.diagram.layout.Route;
import nl.bondgenoot.representation.look.Geometry;
import nl.bondgenoot.representation.look.SvgWriter;

/**
 * Draws the edges of the map as the browser's polyline router does: from the border of the source
 * through the edge's routing points (parallel edges bend apart) to the border of the target (Route),
 * in the look the description gave it (LookArgs), with its arrowhead at the target and its label
 * where the GModel places it along the edge.
 */
final class EdgeLines {

    private final Map<String, Box> boxes;

    EdgeLines(Map<String, Box> boxes) {
        this.boxes = boxes;
    }

    Optional<Route> route(GEdge edge) {
        Box source = boxes.get(edge.getSourceId());
        Box target = boxes.get(edge.getTargetId());
        if (source == null || target == null) {
            return Optional.empty();
        }
        return Optional.of(Route.between(source, target, Route.points(edge.getRoutingPoints())));
    }

    /** The boxes of the edges' labels, for the extent of the map (and the tests of overlaps). */
    List<Box> labelBoxes(List<GEdge> edges) {
        List<Box> labels = new ArrayList<>();
        for (GEdge edge : edges) {
            route(edge).ifPresent(route -> labels(edge).forEach(label -> labels.add(Labels.boxOnEdge(label, at(route, label)))));
        }
        return labels;
    }

    void write(SvgWriter svg, GEdge edge) {
        Optional<Route> found = route(edge);
        if (found.isEmpty()) {
            return;
        }
        Route route = found.get();
        StringBuilder d = new StringBuilder();
        for (double[] point : route.points()) {
            d.append(d.isEmpty() ? "M" : " L").append(Geometry.n(point[0])).append(',').append(Geometry.n(point[1]));
        }
        String kind = NodeShapes.mapping(edge);
        String colour = LookArgs.text(edge, LookArgs.COLOUR);
        svg.open("g", "class", String.join(" ", classes(kind, edge)), "data-id", edge.getId());
        svg.empty("path", SvgWriter.concat(new Object[] { "class", "edge", "d", d, "fill", "none" }, Paints.stroke(colour,
                LookArgs.number(edge, LookArgs.WIDTH, 1.5), LookArgs.text(edge, LookArgs.DASH), LookArgs.flag(edge, LookArgs.ROUND))));
        String arrow = LookArgs.text(edge, LookArgs.ARROW);
        if (!arrow.isEmpty()) {
            arrowhead(svg, route, arrow, colour);
        }
        labels(edge).forEach(label -> Labels.writeOnEdge(svg, label, at(route, label)));
        svg.close("g");
    }

    /** The look's arrowhead (its tip at 0,0, pointing right) on the target's border, along the last segment. */
    private static void arrowhead(SvgWriter svg, Route route, String path, String colour) {
        double[] end = route.last();
        double[] before = route.beforeLast();
        double angle = Math.toDegrees(Math.atan2(end[1] - before[1], end[0] - before[0]));
        svg.empty("path", "class", "pijlpunt", "d", path, "transform", "translate(" + Geometry.n(end[0])
                + " " + Geometry.n(end[1]) + ") rotate(" + Geometry.n(angle) + ")", "fill", colour, "stroke", colour,
                "stroke-width", 1);
    }

    /** Where a label's centre lies: at its place along the route (Sprotty's edge placement, side "on"). */
    private static double[] at(Route route, GLabel label) {
        return route.pointAt(label.getEdgePlacement() == null ? 0.5 : label.getEdgePlacement().getPosition());
    }

    private static List<GLabel> labels(GEdge edge) {
        List<GLabel> labels = new ArrayList<>();
        for (GModelElement child : edge.getChildren()) {
            if (child instanceof GLabel label) {
                labels.add(label);
            }
        }
        return labels;
    }

    private static List<String> classes(String kind, GEdge edge) {
        List<String> classes = new ArrayList<>(List.of(kind));
        edge.getCssClasses().stream().filter(c -> !classes.contains(c)).forEach(classes::add);
        return classes;
    }
}
