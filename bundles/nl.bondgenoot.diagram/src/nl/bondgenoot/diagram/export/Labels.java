package nl.bondgenoot.diagram.export;

import org.eclipse.glsp.graph.GLabel;

import nl.bondgenoot.diagram.model.LookArgs;
import nl.bondgenoot.diagram.glsp.NetwerkkaartTypes;
import nl.bondgenoot.diagram.layout.Box;
import nl.bondgenoot.representation.description.TextStyle;
import nl.bondgenoot.representation.look.SvgWriter;

/**
 * Draws labels where the GModel puts them, in their text style (LookArgs). Node labels are centred on
 * their x with the baseline on their y (NodeLabelLayout); an edge label is centred on its place along
 * its edge; a badge sits on a coloured pill; a style with a halo is drawn on the background colour.
 */
final class Labels {

    private Labels() {
    }

    static void writeInNode(SvgWriter svg, GLabel label) {
        double x = label.getPosition() == null ? 0 : label.getPosition().getX();
        double y = label.getPosition() == null ? 0 : label.getPosition().getY();
        if (NetwerkkaartTypes.LABEL_BADGE.equals(label.getType())) {
            badge(svg, label, x, y);
            return;
        }
        text(svg, label, x, y);
    }

    private static void text(SvgWriter svg, GLabel label, double x, double y) {
        TextStyle style = LookArgs.textStyle(label);
        svg.text("text", label.getText(), SvgWriter.concat(new Object[] { "class", label.getType().replace(':', '-'), "x", x, "y", y,
                "text-anchor", "middle", "font-size", style.grootte(), "font-weight", style.bold() ? "bold" : null, "font-style",
                style.cursief() ? "italic" : null, "fill", style.kleur() }, style.halo() ? new Object[] { "stroke", MapStyle.BACKGROUND,
                        "stroke-width", 4, "stroke-linejoin", "round", "paint-order", "stroke" } : new Object[0]));
    }

    /** A badge: its text on a pill of the badge's colour (BadgeLabelView). */
    private static void badge(SvgWriter svg, GLabel label, double x, double y) {
        double width = label.getSize() == null ? 0 : label.getSize().getWidth();
        double height = label.getSize() == null ? 0 : label.getSize().getHeight();
        double pad = 5;
        svg.open("g", "class", "badge");
        svg.empty("rect", "class", "badge-vlak", "x", x - width / 2 - pad, "y", y - height + 1, "rx", 8, "ry", 8, "width",
                width + 2 * pad, "height", height + 3, "fill", LookArgs.text(label, LookArgs.PILL));
        text(svg, label, x, y);
        svg.close("g");
    }

    /**
     * An edge label at its place along the edge: its box centred there (Sprotty's edge placement "on"),
     * the text drawn from its alignment point (centre, baseline) inside that box.
     */
    static void writeOnEdge(SvgWriter svg, GLabel label, double[] centre) {
        text(svg, label, centre[0], baseline(label, centre[1]));
    }

    static double baseline(GLabel label, double centreY) {
        double height = label.getSize() == null ? 0 : label.getSize().getHeight();
        double alignment = label.getAlignment() == null ? height : label.getAlignment().getY();
        return centreY + alignment - height / 2;
    }

    /** The box of an edge label centred on a point of its edge, for the extent of the map. */
    static Box boxOnEdge(GLabel label, double[] centre) {
        double width = label.getSize() == null ? 0 : label.getSize().getWidth();
        double height = label.getSize() == null ? 0 : label.getSize().getHeight();
        return Box.centredOn(centre[0], centre[1], width, height);
    }
}
