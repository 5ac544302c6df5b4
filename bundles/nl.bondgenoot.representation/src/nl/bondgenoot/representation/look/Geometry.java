package nl.bondgenoot.representation.look;

import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.representation.description.Style;
import nl.bondgenoot.representation.description.Style.Decoration;

/**
 * The paths of every shape a description can name, for a node of a given size: computed once, here,
 * for both the browser map and the SVG/PNG export, so that they cannot draw a shape differently.
 */
public final class Geometry {

    /** The arrow head at the end of a line, pointing right with its tip at 0,0. */
    public static final String ARROW = "M0,0 L-11,-5 L-11,5 Z";

    private Geometry() {
    }

    /** The outline first, then the decorations. */
    public static List<Paint> paint(Style style, double width, double height) {
        double w = Math.max(width, 0);
        double h = Math.max(height, 0);
        String fill = style.vulling() == null ? "#f1f3f4" : style.vulling();
        String stroke = style.rand() == null ? "#5f6368" : style.rand();
        double strokeWidth = style.randdikte() == null ? 1.5 : style.randdikte();
        String dash = style.streep() == null ? "" : style.streep();
        double opacity = style.dekking() == null ? 1 : style.dekking();
        String shape = style.vorm() == null ? "afgerond" : style.vorm();
        List<Paint> paints = new ArrayList<>();
        paints.add(new Paint("vorm", outline(shape, w, h), fill, opacity, stroke, strokeWidth, dash));
        if ("document".equals(shape)) {
            double fold = Math.min(14, h / 3);
            paints.add(new Paint("vouw", "M" + n(w - fold) + ",0 L" + n(w - fold) + "," + n(fold) + " L" + n(w) + "," + n(fold), "none", 1,
                    stroke, strokeWidth, ""));
        }
        if (style.versieringen() != null) {
            for (Decoration decoration : style.versieringen()) {
                switch (decoration.soort()) {
                    case "dak" -> paints.add(new Paint("dak", rect(0, 0, w, Math.min(5, h), 0), decoration.kleur(), 1, "none", 0, ""));
                    case "binnenrand" -> paints.add(new Paint("binnenrand", rect(4, 4, Math.max(w - 8, 0), Math.max(h - 8, 0), 9), "none",
                            1, decoration.kleur(), 1, ""));
                    default -> {
                    }
                }
            }
        }
        return paints;
    }

    /**
     * How much larger than its labels a shape must be to hold them: a rectangle holds them as they
     * are, an ellipse needs about 1.42 times (the largest rectangle in it), a diamond twice.
     */
    public static double stretch(String shape) {
        return switch (shape == null ? "" : shape) {
            case "ruit" -> 2;
            case "ellips" -> 1.42;
            default -> 1;
        };
    }

    /** Where a node's 16 px icon goes: in the top left corner, or inside a shape that has no corner. */
    public static double[] iconPlace(String shape, double w, double h) {
        return switch (shape == null ? "" : shape) {
            case "ruit" -> new double[] { w / 4 - 8, h / 2 - 8 };
            case "ellips" -> new double[] { w * 0.15 - 8 + 6, h / 2 - 8 };
            default -> new double[] { 6, 6 };
        };
    }

    /** The outline of a shape as an SVG path. */
    public static String outline(String shape, double w, double h) {
        return switch (shape) {
            case "rechthoek" -> rect(0, 0, w, h, 0);
            case "stadion" -> rect(0, 0, w, h, h / 2);
            case "achthoek" -> {
                double c = Math.min(12, h / 3);
                yield polygon(new double[][] { { c, 0 }, { w - c, 0 }, { w, c }, { w, h - c }, { w - c, h }, { c, h }, { 0, h - c }, { 0, c } });
            }
            case "zeshoek" -> {
                double inset = Math.min(h / 2, w / 4);
                yield polygon(new double[][] { { inset, 0 }, { w - inset, 0 }, { w, h / 2 }, { w - inset, h }, { inset, h }, { 0, h / 2 } });
            }
            case "document" -> {
                double fold = Math.min(14, h / 3);
                yield polygon(new double[][] { { 0, 0 }, { w - fold, 0 }, { w, fold }, { w, h }, { 0, h } });
            }
            case "ellips" -> "M0," + n(h / 2) + " A" + n(w / 2) + "," + n(h / 2) + " 0 1 0 " + n(w) + "," + n(h / 2) + " A" + n(w / 2)
                    + "," + n(h / 2) + " 0 1 0 0," + n(h / 2) + " Z";
            case "ruit" -> polygon(new double[][] { { w / 2, 0 }, { w, h / 2 }, { w / 2, h }, { 0, h / 2 } });
            default -> rect(0, 0, w, h, Math.min(12, Math.min(w, h) / 2)); // afgerond
        };
    }

    /** A rectangle with corner radius r as a path. */
    public static String rect(double x, double y, double w, double h, double r) {
        double radius = Math.min(r, Math.min(w, h) / 2);
        if (radius <= 0) {
            return "M" + n(x) + "," + n(y) + " H" + n(x + w) + " V" + n(y + h) + " H" + n(x) + " Z";
        }
        String arc = " A" + n(radius) + "," + n(radius) + " 0 0 1 ";
        return "M" + n(x + radius) + "," + n(y) + " H" + n(x + w - radius) + arc + n(x + w) + "," + n(y + radius) + " V"
                + n(y + h - radius) + arc + n(x + w - radius) + "," + n(y + h) + " H" + n(x + radius) + arc + n(x) + ","
                + n(y + h - radius) + " V" + n(y + radius) + arc + n(x + radius) + "," + n(y) + " Z";
    }

    private static String polygon(double[][] points) {
        StringBuilder d = new StringBuilder();
        for (double[] p : points) {
            d.append(d.isEmpty() ? "M" : " L").append(n(p[0])).append(',').append(n(p[1]));
        }
        return d.append(" Z").toString();
    }

    /** A number as SVG writes it: at most two decimals, no trailing zeros. */
    public static String n(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return java.math.BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
    }
}
