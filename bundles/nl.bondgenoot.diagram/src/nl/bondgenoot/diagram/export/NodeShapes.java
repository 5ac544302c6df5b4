package nl.bondgenoot.diagram.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;

import nl.bondgenoot.diagram.glsp.NetwerkkaartTypes;
import nl.bondgenoot.diagram.layout.Box;
import nl.bondgenoot.diagram.layout.Separation;

/**
 * Draws the nodes of the map as the web client's views do (views.tsx): an actor's outline per
 * category with its roof or inner border, its icon and badges; a netwerk as a stretched hexagon, as a
 * container with a dotted region around its members; a convenant as a folded document with a dashed
 * region around its partners. Sizes and label places are the GModel's.
 */
final class NodeShapes {

    private final Map<String, Box> boxes;

    /** @param boxes where every node of the map is drawn, by id (for the grouping regions) */
    NodeShapes(Map<String, Box> boxes) {
        this.boxes = boxes;
    }

    void write(SvgWriter svg, GNode node) {
        Box box = Box.of(node);
        region(node).ifPresent(region -> writeRegion(svg, node, region));
        svg.open("g", "class", String.join(" ", classes(node)), "data-id", node.getId(), "transform",
                "translate(" + SvgWriter.number(box.x()) + " " + SvgWriter.number(box.y()) + ")");
        switch (node.getType()) {
            case NetwerkkaartTypes.ACTOR -> actor(svg, node, box);
            case NetwerkkaartTypes.NETWERK -> netwerk(svg, box);
            case NetwerkkaartTypes.CONVENANT -> convenant(svg, box);
            default -> svg.empty("rect", "width", box.width(), "height", box.height(), "fill", "none", "stroke", MapStyle.EDGE);
        }
        for (GModelElement child : node.getChildren()) {
            if (child instanceof GLabel label) {
                Labels.writeInNode(svg, label, node.getType());
            }
        }
        svg.close("g");
    }

    /** The dashed region around a convenant's partners or a container netwerk's members, if it has one. */
    java.util.Optional<Box> region(GNode node) {
        String argument = NetwerkkaartTypes.CONVENANT.equals(node.getType()) ? "partners"
                : node.getCssClasses().contains("weergave-container") ? "leden" : null;
        if (argument == null || node.getArgs() == null || node.getArgs().get(argument) == null) {
            return java.util.Optional.empty();
        }
        List<Box> around = new ArrayList<>(Arrays.stream(String.valueOf(node.getArgs().get(argument)).split(" "))
                .filter(id -> !id.isEmpty()).map(boxes::get).filter(Objects::nonNull).toList());
        if (around.isEmpty()) {
            return java.util.Optional.empty();
        }
        around.add(Box.of(node));
        return java.util.Optional.of(Box.around(around).grow(Separation.REGION_PADDING));
    }

    private static void writeRegion(SvgWriter svg, GNode node, Box region) {
        boolean convenant = NetwerkkaartTypes.CONVENANT.equals(node.getType());
        svg.empty("rect", "class", convenant ? "convenant-groep" : "netwerk-groep", "x", region.x(), "y", region.y(), "rx", 24.0,
                "ry", 24.0, "width", region.width(), "height", region.height(),
                "fill", convenant ? MapStyle.CONVENANT_LINE : MapStyle.NETWERK_LINE, "fill-opacity", convenant ? "0.06" : "0.07",
                "stroke", convenant ? MapStyle.CONVENANT_LINE : MapStyle.NETWERK_LINE, "stroke-width", 2.0,
                "stroke-dasharray", convenant ? "10 6" : "3 5");
    }

    private static List<String> classes(GNode node) {
        List<String> classes = new ArrayList<>();
        classes.add(node.getType().substring(node.getType().indexOf(':') + 1));
        node.getCssClasses().stream().filter(c -> !classes.contains(c)).forEach(classes::add);
        return classes;
    }

    static String categoryOf(GNode node) {
        return node.getCssClasses().stream().filter(c -> c.startsWith("categorie-")).findFirst()
                .map(c -> c.substring("categorie-".length())).orElse("overheid");
    }

    private static void actor(SvgWriter svg, GNode node, Box box) {
        String category = categoryOf(node);
        MapStyle.ActorColours colours = MapStyle.category(category);
        MapStyle.Stroke border = MapStyle.actorBorder(category, node.getCssClasses().contains("regisseur"),
                node.getCssClasses().contains("leidend"));
        List<Object> paint = new ArrayList<>(List.of("class", "actor-shape", "fill", colours.fill()));
        paint.addAll(Arrays.asList(MapStyle.strokeAttributes(border)));
        outline(svg, category, box.width(), box.height(), paint.toArray());
        if ("overheid".equals(category)) { // an institution's heavy roof line
            svg.empty("rect", "class", "actor-dak", "x", 0, "y", 0, "width", box.width(), "height", 5, "fill", MapStyle.DAK);
        }
        if ("vertegenwoordigend_orgaan".equals(category)) {
            svg.empty("rect", "class", "actor-binnenrand", "x", 4, "y", 4, "rx", 9, "ry", 9, "width", Math.max(box.width() - 8, 0.0),
                    "height", Math.max(box.height() - 8, 0.0), "fill", "none", "stroke", MapStyle.BINNENRAND, "stroke-width", 1);
        }
        CategoryIcons.write(svg, category, 6, 6, 16);
    }

    /** The outline of an actor: each category its own shape (actorOutline in views.tsx). */
    static void outline(SvgWriter svg, String category, double w, double h, Object[] paint) {
        switch (category) {
            case "overheid" -> svg.empty("rect", SvgWriter.concat(new Object[] { "x", 0, "y", 0, "width", w, "height", h }, paint));
            case "marktpartij" -> {
                double c = Math.min(12, h / 3);
                double[][] points = { { c, 0 }, { w - c, 0 }, { w, c }, { w, h - c }, { w - c, h }, { c, h }, { 0, h - c }, { 0, c } };
                svg.empty("polygon", SvgWriter.concat(new Object[] { "points", points(points) }, paint));
            }
            case "professional", "burger" -> svg.empty("rect",
                    SvgWriter.concat(new Object[] { "x", 0, "y", 0, "rx", h / 2, "ry", h / 2, "width", w, "height", h }, paint));
            default -> svg.empty("rect", SvgWriter.concat(new Object[] { "x", 0, "y", 0, "rx", 12, "ry", 12, "width", w, "height", h }, paint));
        }
    }

    private static void netwerk(SvgWriter svg, Box box) {
        double w = box.width();
        double h = box.height();
        double inset = Math.min(h / 2, w / 4);
        double[][] points = { { inset, 0 }, { w - inset, 0 }, { w, h / 2 }, { w - inset, h }, { inset, h }, { 0, h / 2 } };
        svg.empty("polygon", "class", "netwerk-shape", "points", points(points), "fill", MapStyle.NETWERK_FILL, "stroke",
                MapStyle.NETWERK_LINE, "stroke-width", 2);
    }

    private static void convenant(SvgWriter svg, Box box) {
        double w = box.width();
        double h = box.height();
        double fold = Math.min(14, h / 3);
        svg.empty("path", "class", "convenant-shape", "d", "M0,0 L" + n(w - fold) + ",0 L" + n(w) + "," + n(fold) + " L" + n(w) + ","
                + n(h) + " L0," + n(h) + " Z", "fill", MapStyle.CONVENANT_FILL, "stroke", MapStyle.CONVENANT_LINE, "stroke-width", 1.5);
        svg.empty("path", "class", "convenant-vouw", "d", "M" + n(w - fold) + ",0 L" + n(w - fold) + "," + n(fold) + " L" + n(w) + ","
                + n(fold), "fill", "none", "stroke", MapStyle.CONVENANT_LINE, "stroke-width", 1.5);
    }

    static String points(double[][] points) {
        StringBuilder text = new StringBuilder();
        for (double[] point : points) {
            text.append(text.isEmpty() ? "" : " ").append(n(point[0])).append(',').append(n(point[1]));
        }
        return text.toString();
    }

    private static String n(double value) {
        return SvgWriter.number(value);
    }
}
