package nl.bondgenoot.diagram.export;

import nl.bondgenoot.representation.look.LabelMetrics;

import nl.bondgenoot.representation.look.LabelMetrics;

/**
 * What the export draws around the map that no description gives: the font stack, the background and
 * the legend's frame. Everything on the map itself comes from the representation description.
 */
final class MapStyle {

    /** The web client's font stack, whose widths the server sizes the nodes with (LabelMetrics). */
    static final String FONT = LabelMetrics.FONT;

    static final String TEXT = "#1b1f24";
    static final String BACKGROUND = "#ffffff";
    static final String LEGEND_LINE = "#c9d1d9";
    static final String LEGEND_HEADER = "#eef1f4";

    private MapStyle() {
    }
}
