package nl.bondgenoot.diagram.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;

import nl.bondgenoot.diagram.model.LookArgs;
import nl.bondgenoot.diagram.layout.Box;
import nl.bondgenoot.diagram.layout.Separation;
import nl.bondgenoot.representation.look.Geometry;
import nl.bondgenoot.representation.look.SvgWriter;

/**
 * Draws the nodes of the map from their look (LookArgs), as the web client's views do: the group
 * region behind, then the outline and decorations the description gave, the icon and the labels.
 * Sizes and label places are the GModel's.
 */
final class NodeShapes {

    private final Map<String, Box> boxes;

    /** @param boxes where every node of the map is drawn, by id (for the grouping regions) */
    NodeShapes(Map<String, Box> boxes) {
        this.boxes = boxes;
    }

    void write(SvgWriter svg, GNode node) {
        Box box = Box.of(node);
        String mapping = mapping(node);
        region(node).ifPresent(region -> svg.empty("rect", SvgWriter.concat(new Object[] { "class", mapping + "-groep", "x", region.x(),
                "y", region.y(), "rx", 24.0, "ry", 24.0, "width", region.width(), "height", region.height() },
                Paints.group(LookArgs.groupStyle(node)))));
        svg.open("g", "class", String.join(" ", classes(node)), "data-id", node.getId(), "transform",
                "translate(" + Geometry.n(box.x()) + " " + Geometry.n(box.y()) + ")");
        double[] size = LookArgs.paintSize(node);
        boolean scaled = size[0] > 0 && size[1] > 0 && (size[0] != box.width() || size[1] != box.height());
        if (scaled) { // a size the paths were not computed for: stretch them, as the browser does
            svg.open("g", "transform", "scale(" + Geometry.n(box.width() / size[0]) + " " + Geometry.n(box.height() / size[1])
                    + ")");
        }
        Paints.write(svg, LookArgs.paints(node), mapping);
        if (scaled) {
            svg.close("g");
        }
        double[] icon = LookArgs.iconPlace(node);
        IconSvg.write(svg, LookArgs.text(node, LookArgs.ICON).isEmpty() ? null : LookArgs.text(node, LookArgs.ICON), icon[0], icon[1], 16);
        for (GModelElement child : node.getChildren()) {
            if (child instanceof GLabel label) {
                Labels.writeInNode(svg, label);
            }
        }
        svg.close("g");
    }

    /** The region around a node and its group's members, if it has one. */
    Optional<Box> region(GNode node) {
        List<Box> around = new ArrayList<>(LookArgs.ids(node, LookArgs.GROUP).stream().map(boxes::get).filter(Objects::nonNull).toList());
        if (around.isEmpty()) {
            return Optional.empty();
        }
        around.add(Box.of(node));
        return Optional.of(Box.around(around).grow(Separation.REGION_PADDING));
    }

    static String mapping(GModelElement element) {
        return element.getType().substring(element.getType().indexOf(':') + 1);
    }

    private static List<String> classes(GNode node) {
        List<String> classes = new ArrayList<>();
        classes.add(mapping(node));
        node.getCssClasses().stream().filter(c -> !classes.contains(c)).forEach(classes::add);
        return classes;
    }
}
