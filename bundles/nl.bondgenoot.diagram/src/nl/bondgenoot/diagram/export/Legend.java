package nl.bondgenoot.diagram.export;

import java.util.List;

import nl.bondgenoot.representation.look.Legend.Row;
import nl.bondgenoot.representation.look.Legend.Swatch;
import nl.bondgenoot.representation.look.Paint;
import nl.bondgenoot.representation.look.Geometry;
import nl.bondgenoot.representation.look.SvgWriter;

/**
 * The legend of the map, unfolded, under the map: the sections and rows the description generates
 * (LegendBuilder, sent on the GModel's root), each swatch drawn from the same look as the map and as
 * the browser's legend. The rule markers are left out: the export has none.
 */
final class Legend {

    static final String TITLE = "Legenda";

    private static final double PADDING = 10;
    private static final double HEADER = 26;
    private static final double ROW = 22;
    private static final double SECTION_TITLE = 22;
    private static final double SWATCH = 44;
    private static final double COLUMN_GAP = 24;
    /** A generous average width of a character of the 11 and 12 px legend text, in em. */
    private static final double CHARACTER = 0.6;

    private static double width(nl.bondgenoot.representation.look.Legend.Section section) {
        double widest = section.title().length() * 12 * CHARACTER;
        for (Row row : section.rows()) {
            widest = Math.max(widest, SWATCH + 6 + row.text().length() * 11 * CHARACTER);
        }
        return widest;
    }

    private static double height(nl.bondgenoot.representation.look.Legend.Section section) {
        return SECTION_TITLE + section.rows().size() * ROW;
    }

    private final List<nl.bondgenoot.representation.look.Legend.Section> sections;

    Legend(nl.bondgenoot.representation.look.Legend legend) {
        this.sections = legend == null ? List.of() : legend.sections();
    }

    double width() {
        double width = 0;
        for (var section : sections) {
            width += width(section);
        }
        return width + COLUMN_GAP * (sections.size() - 1) + 2 * PADDING;
    }

    double height() {
        return HEADER + sections.stream().mapToDouble(Legend::height).max().orElse(0) + PADDING;
    }

    /** Draws the legend with its top left corner at (x, y). */
    void write(SvgWriter svg, double x, double y) {
        svg.open("g", "class", "legenda", "transform", "translate(" + Geometry.n(x) + " " + Geometry.n(y) + ")");
        svg.empty("rect", "x", 0, "y", 0, "rx", 6, "ry", 6, "width", width(), "height", height(), "fill", "#ffffff", "stroke",
                MapStyle.LEGEND_LINE, "stroke-width", 1);
        svg.empty("path", "d", "M0.5,6 Q0.5,0.5 6,0.5 L" + Geometry.n(width() - 6) + ",0.5 Q" + Geometry.n(width() - 0.5)
                + ",0.5 " + Geometry.n(width() - 0.5) + ",6 L" + Geometry.n(width() - 0.5) + "," + HEADER + " L0.5," + HEADER
                + " Z", "fill", MapStyle.LEGEND_HEADER);
        svg.text("text", TITLE, "class", "legenda-kop", "x", PADDING, "y", 18, "font-size", 13, "font-weight", "bold", "fill",
                MapStyle.TEXT);
        double left = PADDING;
        for (var section : sections) {
            double top = HEADER + 4;
            svg.text("text", section.title(), "class", "legenda-titel", "x", left, "y", top + 14, "font-size", 12, "font-weight", "bold",
                    "fill", MapStyle.TEXT);
            top += SECTION_TITLE;
            for (Row row : section.rows()) {
                svg.open("g", "class", "legenda-regel", "transform", "translate(" + Geometry.n(left) + " " + Geometry.n(top) + ")");
                swatch(svg, row.swatch());
                svg.text("text", row.text(), "x", SWATCH + 6, "y", 15, "font-size", 11, "fill", MapStyle.TEXT);
                svg.close("g");
                top += ROW;
            }
            left += width(section) + COLUMN_GAP;
        }
        svg.close("g");
    }

    /** A swatch as the browser's legend draws it (legend.ts), in a 44 x 22 box. */
    private static void swatch(SvgWriter svg, Swatch swatch) {
        if (swatch.line() != null) {
            var line = swatch.line();
            boolean arrow = line.arrow() != null;
            svg.empty("path", SvgWriter.concat(new Object[] { "d", arrow ? "M2,11 L34,11" : "M2,11 L42,11", "fill", "none" },
                    Paints.stroke(line.colour(), line.width(), line.dash(), line.roundCaps())));
            if (arrow) {
                svg.empty("path", "d", line.arrow(), "transform", "translate(42 11)", "fill", line.colour(), "stroke", line.colour(),
                        "stroke-width", 1);
            }
        } else if (swatch.group() != null) {
            svg.empty("rect", SvgWriter.concat(new Object[] { "x", 1, "y", 1, "rx", 8, "ry", 8, "width", 42, "height", 20 },
                    Paints.group(swatch.group())));
            node(svg, swatch.node(), 10, 5);
        } else if (swatch.node() != null) {
            node(svg, swatch.node(), 1, 2);
            if (swatch.icon() != null) {
                IconSvg.write(svg, swatch.icon(), 4, 5, 12);
            }
        }
    }

    private static void node(SvgWriter svg, List<Paint> paints, double x, double y) {
        svg.open("g", "transform", "translate(" + Geometry.n(x) + " " + Geometry.n(y) + ")");
        Paints.write(svg, paints, "legenda");
        svg.close("g");
    }
}
