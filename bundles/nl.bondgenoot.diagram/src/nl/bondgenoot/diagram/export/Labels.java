package nl.bondgenoot.diagram.export;

import org.eclipse.glsp.graph.GLabel;

import nl.bondgenoot.diagram.glsp.NetwerkkaartTypes;
import nl.bondgenoot.diagram.layout.Box;

/**
 * Draws labels where the GModel puts them. Node labels are centred on their x with the baseline on
 * their y (NodeLabelLayout); an edge label is centred on its place along its edge, on a halo of the
 * background; a badge sits on a coloured pill. Fonts follow netwerkkaart.css.
 */
final class Labels {

    private Labels() {
    }

    static void writeInNode(SvgWriter svg, GLabel label, String ownerType) {
        double x = label.getPosition() == null ? 0 : label.getPosition().getX();
        double y = label.getPosition() == null ? 0 : label.getPosition().getY();
        String type = label.getType();
        if (NetwerkkaartTypes.LABEL_BADGE.equals(type)) {
            badge(svg, label, x, y);
            return;
        }
        String cssClass = type.replace(':', '-');
        switch (type) {
            case NetwerkkaartTypes.LABEL_NAAM -> svg.text("text", label.getText(), "class", cssClass, "x", x, "y", y,
                    "text-anchor", "middle", "font-size", NetwerkkaartTypes.NETWERK.equals(ownerType) ? 16 : 14, "font-weight", "bold",
                    "fill", MapStyle.TEXT);
            case NetwerkkaartTypes.LABEL_ROLLEN -> svg.text("text", label.getText(), "class", cssClass, "x", x, "y", y,
                    "text-anchor", "middle", "font-size", 11, "font-weight", "bold", "fill", MapStyle.ROLLEN_TEXT);
            default -> svg.text("text", label.getText(), "class", cssClass, "x", x, "y", y, "text-anchor", "middle", "font-size", 11,
                    "font-style", "italic", "fill", MapStyle.SOORT_TEXT);
        }
    }

    /** A badge (NAO-regisseur, leidende organisatie): white bold text on a pill (BadgeLabelView). */
    private static void badge(SvgWriter svg, GLabel label, double x, double y) {
        double width = label.getSize() == null ? 0 : label.getSize().getWidth();
        double height = label.getSize() == null ? 0 : label.getSize().getHeight();
        double pad = 5;
        boolean leidend = label.getCssClasses().contains("badge-leidend");
        svg.open("g", "class", "badge " + String.join(" ", label.getCssClasses()));
        svg.empty("rect", "class", "badge-vlak", "x", x - width / 2 - pad, "y", y - height + 1, "rx", 8, "ry", 8, "width",
                width + 2 * pad, "height", height + 3, "fill", leidend ? MapStyle.LEIDEND : MapStyle.REGISSEUR);
        svg.text("text", label.getText(), "class", "label-badge", "x", x, "y", y, "text-anchor", "middle", "font-size", 11,
                "font-weight", "bold", "fill", "#ffffff");
        svg.close("g");
    }

    /**
     * An edge label at its place along the edge: its box centred there (Sprotty's edge placement "on"),
     * the text drawn from its alignment point (centre, baseline) inside that box.
     */
    static void writeOnEdge(SvgWriter svg, GLabel label, double[] centre) {
        svg.text("text", label.getText(), "class", label.getType().replace(':', '-'), "x", centre[0], "y", baseline(label, centre[1]),
                "text-anchor", "middle", "font-size", 11, "fill", MapStyle.RELATIE_TEXT, "stroke", MapStyle.BACKGROUND,
                "stroke-width", 4, "stroke-linejoin", "round", "paint-order", "stroke");
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
