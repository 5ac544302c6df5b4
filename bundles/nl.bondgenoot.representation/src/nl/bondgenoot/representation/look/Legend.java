package nl.bondgenoot.representation.look;

import java.util.List;

import nl.bondgenoot.representation.description.Style;
import nl.bondgenoot.representation.look.Looks.EdgeLook;

/** The legend of a representation: sections of rows, each a swatch drawn as the map draws it and a text. */
public record Legend(List<Section> sections) {

    /** Size of a swatch, in px. */
    public static final double SWATCH_WIDTH = 44;
    public static final double SWATCH_HEIGHT = 22;

    public record Section(String title, List<Row> rows) {
    }

    public record Row(String text, Swatch swatch) {
    }

    /**
     * What a row shows: a node's paths (at swatch size, in swatch coordinates), a line with its look,
     * or a group region with a small node inside.
     */
    public record Swatch(List<Paint> node, String icon, EdgeLook line, Style group) {
    }
}
