package nl.bondgenoot.diagram.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;

import nl.bondgenoot.diagram.glsp.NetwerkkaartTypes;

/**
 * Draws the edges of the map as straight lines between the borders of their nodes (the line from
 * centre to centre, cut where it leaves each node's bounds, as GLSP's polyline router anchors it),
 * styled per kind (views.tsx and netwerkkaart.css), with the arrowhead of a sturingsrelatie at the
 * steered end and its label in the middle.
 */
final class EdgeLines {

    /** Where an edge runs: from its source's border to its target's border. */
    record Line(double x1, double y1, double x2, double y2) {

        double midX() {
            return (x1 + x2) / 2;
        }

        double midY() {
            return (y1 + y2) / 2;
        }
    }

    private final Map<String, Box> boxes;

    EdgeLines(Map<String, Box> boxes) {
        this.boxes = boxes;
    }

    Optional<Line> line(GEdge edge) {
        Box source = boxes.get(edge.getSourceId());
        Box target = boxes.get(edge.getTargetId());
        if (source == null || target == null) {
            return Optional.empty();
        }
        double[] start = source.boundaryTowards(target.centreX(), target.centreY());
        double[] end = target.boundaryTowards(start[0], start[1]);
        return Optional.of(new Line(start[0], start[1], end[0], end[1]));
    }

    /** The boxes of the edges' labels, for the extent of the map. */
    List<Box> labelBoxes(List<GEdge> edges) {
        List<Box> labels = new ArrayList<>();
        for (GEdge edge : edges) {
            line(edge).ifPresent(line -> labels(edge).forEach(label -> labels.add(Labels.boxOnEdge(label, line.midX(), line.midY()))));
        }
        return labels;
    }

    void write(SvgWriter svg, GEdge edge) {
        Optional<Line> found = line(edge);
        if (found.isEmpty()) {
            return;
        }
        Line line = found.get();
        String d = "M" + SvgWriter.number(line.x1()) + "," + SvgWriter.number(line.y1()) + " L" + SvgWriter.number(line.x2()) + ","
                + SvgWriter.number(line.y2());
        String kind = edge.getType().substring(edge.getType().indexOf(':') + 1);
        svg.open("g", "class", String.join(" ", classes(kind, edge)), "data-id", edge.getId());
        switch (edge.getType()) {
            case NetwerkkaartTypes.STURINGSRELATIE -> {
                MapStyle.Stroke stroke = MapStyle.relation(suffix(edge, "soort-"), suffix(edge, "familie-"));
                svg.empty("path", SvgWriter.concat(new Object[] { "class", "edge", "d", d, "fill", "none" }, MapStyle.strokeAttributes(stroke)));
                arrowhead(svg, line, stroke.colour());
                labels(edge).forEach(label -> Labels.writeOnEdge(svg, label, line.midX(), line.midY()));
            }
            case NetwerkkaartTypes.CONVENANTPARTNER ->
                svg.empty("path", SvgWriter.concat(new Object[] { "class", "edge", "d", d, "fill", "none" }, MapStyle.strokeAttributes(MapStyle.partnership())));
            default ->
                svg.empty("path", SvgWriter.concat(new Object[] { "class", "edge", "d", d, "fill", "none" }, MapStyle.strokeAttributes(MapStyle.membership())));
        }
        svg.close("g");
    }

    /** The client's arrowhead: "M 0,0 L -11,-5 L -11,5 Z", its tip on the target's border. */
    private static void arrowhead(SvgWriter svg, Line line, String colour) {
        double angle = Math.toDegrees(Math.atan2(line.y2() - line.y1(), line.x2() - line.x1()));
        svg.empty("path", "class", "pijlpunt", "d", "M 0,0 L -11,-5 L -11,5 Z", "transform", "translate(" + SvgWriter.number(line.x2())
                + " " + SvgWriter.number(line.y2()) + ") rotate(" + SvgWriter.number(angle) + ")", "fill", colour, "stroke", colour,
                "stroke-width", 1);
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

    private static String suffix(GEdge edge, String prefix) {
        return edge.getCssClasses().stream().filter(c -> c.startsWith(prefix)).findFirst().map(c -> c.substring(prefix.length()))
                .orElse("");
    }
}
