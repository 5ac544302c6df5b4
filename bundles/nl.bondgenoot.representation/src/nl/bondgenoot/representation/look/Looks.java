package nl.bondgenoot.representation.look;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.representation.description.Style;
import nl.bondgenoot.representation.description.TextStyle;

/** What the description makes of one model element: its resolved look, ready to draw. */
public final class Looks {

    private Looks() {
    }

    /**
     * A label with its text and text style; {@code styleName} names the style in the description
     * and {@code editFeature} the feature a rename sets (or null).
     */
    public record LabelLook(String text, String styleName, TextStyle style, String editFeature) {
    }

    public record BadgeLook(String text, String colour, TextStyle style) {
    }

    /** The region around a node and its members; {@code switchable} when the user chooses hub or container. */
    public record GroupLook(List<EObject> members, Style style, boolean switchable, List<String> hides) {
    }

    /**
     * A node: the merged style of its mapping and the conditional styles that hold, its labels and
     * badges, its group, the layers it is on and the filters it does not pass.
     */
    public record NodeLook(String mapping, Style style, List<LabelLook> labels, List<BadgeLook> badges, GroupLook group,
            double minWidth, double minHeight, double padding, double side, List<String> layers, List<String> failedFilters) {

        public List<Paint> paint(double width, double height) {
            return Geometry.paint(style, width, height);
        }
    }

    /** A line: colour, width, dashes, caps, arrow head, its label, layers and failed filters. */
    public record EdgeLook(String mapping, Style style, LabelLook label, List<String> layers, List<String> failedFilters) {

        public String colour() {
            return style.rand() == null ? "#9aa3ab" : style.rand();
        }

        public double width() {
            return style.randdikte() == null ? 1.5 : style.randdikte();
        }

        public String dash() {
            return style.streep() == null ? "" : style.streep();
        }

        public boolean roundCaps() {
            return Boolean.TRUE.equals(style.rond());
        }

        /** The arrow head's path (tip at 0,0, pointing right) or null for none. */
        public String arrow() {
            return "driehoek".equals(style.pijl()) ? Geometry.ARROW : null;
        }
    }
}
