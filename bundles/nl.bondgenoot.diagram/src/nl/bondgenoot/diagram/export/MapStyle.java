package nl.bondgenoot.diagram.export;

/**
 * What the export draws around the map that no description gives: the font stack, the background and
 * the legend's frame. Everything on the map itself comes from the representation description.
 */
final class MapStyle {

    /**
     * The web client's font stack, with the metric twins of Helvetica and Arial on Linux before the
     * generic family, so that names fit the nodes the server sized with Helvetica's widths (LabelMetrics).
     */
    static final String FONT = "'Helvetica Neue', Helvetica, Arial, 'Nimbus Sans', 'Liberation Sans', sans-serif";

    static final String TEXT = "#1b1f24";
    static final String BACKGROUND = "#ffffff";
    static final String LEGEND_LINE = "#c9d1d9";
    static final String LEGEND_HEADER = "#eef1f4";

    private MapStyle() {
    }
}
