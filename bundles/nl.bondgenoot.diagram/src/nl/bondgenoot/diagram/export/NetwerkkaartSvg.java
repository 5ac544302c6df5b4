package nl.bondgenoot.diagram.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;

import nl.bondgenoot.diagram.model.LookArgs;
import nl.bondgenoot.diagram.layout.Box;
import nl.bondgenoot.representation.look.Geometry;
import nl.bondgenoot.representation.look.SvgWriter;

/**
 * Writes a network map's GModel as one stand-alone SVG document: a white background, the nodes and
 * then the edges in the GModel's order (as the browser stacks them), the legend under the map, and
 * a viewBox around all of it with a margin. What the view's layers and filters hide is left out (with
 * the lines to it), what its filters fade is drawn faded, as on the map.
 */
final class NetwerkkaartSvg {

    static final double MARGIN = 24;
    private static final double LEGEND_GAP = 32;

    private NetwerkkaartSvg() {
    }

    static String write(GGraph graph, String title) {
        ViewState view = new ViewState(graph);
        List<GNode> nodes = new ArrayList<>();
        List<GEdge> edges = new ArrayList<>();
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GNode node && !view.hides(node)) {
                nodes.add(node);
            }
        }
        java.util.Set<String> shown = new java.util.HashSet<>();
        nodes.forEach(node -> shown.add(node.getId()));
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GEdge edge && !view.hides(edge) && shown.contains(edge.getSourceId())
                    && shown.contains(edge.getTargetId())) {
                edges.add(edge);
            }
        }
        Map<String, Box> boxes = new LinkedHashMap<>();
        nodes.forEach(node -> boxes.put(node.getId(), Box.of(node)));
        NodeShapes shapes = new NodeShapes(boxes);
        EdgeLines lines = new EdgeLines(boxes);
        Legend legend = new Legend(LookArgs.legend(graph));

        List<Box> drawn = new ArrayList<>(boxes.values());
        nodes.forEach(node -> shapes.region(node).ifPresent(drawn::add));
        drawn.addAll(lines.labelBoxes(edges));
        Box map = Box.around(drawn);
        double legendX = map == null ? 0 : map.x();
        double legendY = map == null ? 0 : map.bottom() + LEGEND_GAP;
        Box all = new Box(legendX, legendY, legend.width(), legend.height());
        all = (map == null ? all : map.union(all)).grow(MARGIN);
        double x = Math.floor(all.x());
        double y = Math.floor(all.y());
        double width = Math.ceil(all.right() - x);
        double height = Math.ceil(all.bottom() - y);

        SvgWriter svg = new SvgWriter();
        svg.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", width, "height", height, "viewBox",
                Geometry.n(x) + " " + Geometry.n(y) + " " + Geometry.n(width) + " " + Geometry.n(height),
                "font-family", MapStyle.FONT);
        svg.text("title", title);
        svg.empty("rect", "class", "achtergrond", "x", x, "y", y, "width", width, "height", height, "fill", MapStyle.BACKGROUND);
        nodes.forEach(node -> view.faded(svg, node, () -> shapes.write(svg, node)));
        edges.forEach(edge -> view.faded(svg, edge, () -> lines.write(svg, edge)));
        legend.write(svg, legendX, legendY);
        svg.close("svg");
        return svg.toString();
    }
}
