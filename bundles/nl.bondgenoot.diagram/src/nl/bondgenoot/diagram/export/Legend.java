package nl.bondgenoot.diagram.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The legend of the map (legend.ts), unfolded, under the map: what the shapes, colours, lines and
 * badges mean, with swatches drawn by the same code as the map. The rule markers are left out: the
 * export has none.
 */
final class Legend {

    private static final Map<String, String> CATEGORIES = new LinkedHashMap<>();
    static {
        CATEGORIES.put("overheid", "Overheid");
        CATEGORIES.put("maatschappelijke_organisatie", "Maatschappelijke organisatie");
        CATEGORIES.put("marktpartij", "Marktpartij");
        CATEGORIES.put("vertegenwoordigend_orgaan", "Vertegenwoordigend orgaan");
        CATEGORIES.put("clientorganisatie", "Cliëntorganisatie");
        CATEGORIES.put("professional", "Professional");
        CATEGORIES.put("burger", "Burger");
    }

    /** soort, family and text of each line of the relations' part (RELATIONS in legend.ts). */
    private static final String[][] RELATIONS = {
            { "hierarchisch", "hierarchisch", "hiërarchisch, toezicht" },
            { "subsidie", "financieel", "subsidie (en prestatiesubsidie, BCF, subsidieovereenkomst)" },
            { "contract", "markt", "contract" },
            { "aanbesteding", "markt", "aanbesteding, uitbesteding" },
            { "convenant", "samenwerking", "convenant" },
            { "samenwerking", "samenwerking", "samenwerking, gemeentelijke samenwerking" },
            { "regie_taakverdeling", "samenwerking", "regie / taakverdeling" },
            { "advies", "invloed", "advies" },
            { "verantwoording", "invloed", "verantwoording" },
            { "overtuigen_verleiden", "invloed", "overtuigen / verleiden" } };

    static final String TITLE = "Legenda";

    private static final double PADDING = 10;
    private static final double HEADER = 26;
    private static final double ROW = 22;
    private static final double SECTION_TITLE = 22;
    private static final double SWATCH = 44;
    private static final double COLUMN_GAP = 24;
    /** A generous average width of a character of the 11 and 12 px legend text, in em. */
    private static final double CHARACTER = 0.6;

    private record Row(String text, Consumer<SvgWriter> swatch) {
    }

    private record Section(String title, List<Row> rows) {

        double width() {
            double widest = title.length() * 12 * CHARACTER;
            for (Row row : rows) {
                widest = Math.max(widest, SWATCH + 6 + row.text().length() * 11 * CHARACTER);
            }
            return widest;
        }

        double height() {
            return SECTION_TITLE + rows.size() * ROW;
        }
    }

    private final List<Section> sections = List.of(actors(), groups(), relations());

    double width() {
        double width = 0;
        for (Section section : sections) {
            width += section.width();
        }
        return width + COLUMN_GAP * (sections.size() - 1) + 2 * PADDING;
    }

    double height() {
        return HEADER + sections.stream().mapToDouble(Section::height).max().orElse(0) + PADDING;
    }

    /** Draws the legend with its top left corner at (x, y). */
    void write(SvgWriter svg, double x, double y) {
        svg.open("g", "class", "legenda", "transform", "translate(" + SvgWriter.number(x) + " " + SvgWriter.number(y) + ")");
        svg.empty("rect", "x", 0, "y", 0, "rx", 6, "ry", 6, "width", width(), "height", height(), "fill", "#ffffff", "stroke",
                MapStyle.LEGEND_LINE, "stroke-width", 1);
        svg.empty("path", "d", "M0.5,6 Q0.5,0.5 6,0.5 L" + SvgWriter.number(width() - 6) + ",0.5 Q" + SvgWriter.number(width() - 0.5)
                + ",0.5 " + SvgWriter.number(width() - 0.5) + ",6 L" + SvgWriter.number(width() - 0.5) + "," + HEADER + " L0.5," + HEADER
                + " Z", "fill", MapStyle.LEGEND_HEADER);
        svg.text("text", TITLE, "class", "legenda-kop", "x", PADDING, "y", 18, "font-size", 13, "font-weight", "bold", "fill",
                MapStyle.TEXT);
        double left = PADDING;
        for (Section section : sections) {
            double top = HEADER + 4;
            svg.text("text", section.title(), "class", "legenda-titel", "x", left, "y", top + 14, "font-size", 12, "font-weight", "bold",
                    "fill", MapStyle.TEXT);
            top += SECTION_TITLE;
            for (Row row : section.rows()) {
                svg.open("g", "class", "legenda-regel", "transform", "translate(" + SvgWriter.number(left) + " " + SvgWriter.number(top) + ")");
                row.swatch().accept(svg);
                svg.text("text", row.text(), "x", SWATCH + 6, "y", 15, "font-size", 11, "fill", MapStyle.TEXT);
                svg.close("g");
                top += ROW;
            }
            left += section.width() + COLUMN_GAP;
        }
        svg.close("g");
    }

    private static Section actors() {
        List<Row> rows = new ArrayList<>();
        CATEGORIES.forEach((category, label) -> rows.add(new Row(label, svg -> {
            MapStyle.ActorColours colours = MapStyle.category(category);
            double rx = category.equals("professional") || category.equals("burger") ? 9 : category.equals("overheid") ? 0 : 5;
            svg.empty("rect", "x", 1, "y", 2, "rx", rx, "ry", rx, "width", 42, "height", 18, "fill", colours.fill(), "stroke",
                    colours.line(), "stroke-width", 1.5, "stroke-dasharray", colours.dash());
            CategoryIcons.write(svg, category, 4, 5, 12);
        })));
        rows.add(new Row("NAO-netwerkregisseur (badge)", svg -> heavyBorder(svg, MapStyle.REGISSEUR)));
        rows.add(new Row("leidende organisatie (badge)", svg -> heavyBorder(svg, MapStyle.LEIDEND)));
        rows.add(new Row("gemeente (met haar rollen)", svg -> svg.empty("rect", "x", 2, "y", 3, "width", 40, "height", 16, "fill",
                MapStyle.category("overheid").fill(), "stroke", MapStyle.category("overheid").line(), "stroke-width", 1.5)));
        return new Section("Actoren", rows);
    }

    private static void heavyBorder(SvgWriter svg, String colour) {
        svg.empty("rect", "x", 2, "y", 3, "rx", 5, "ry", 5, "width", 40, "height", 16, "fill", MapStyle.category("").fill(), "stroke",
                colour, "stroke-width", 4);
    }

    private static Section groups() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("netwerk", svg -> svg.empty("polygon", "points", "8,2 36,2 43,11 36,20 8,20 1,11", "fill", MapStyle.NETWERK_FILL,
                "stroke", MapStyle.NETWERK_LINE, "stroke-width", 2)));
        rows.add(new Row("lid van een netwerk", svg -> line(svg, MapStyle.membership())));
        rows.add(new Row("netwerk als container van zijn leden", svg -> {
            svg.empty("rect", "x", 1, "y", 1, "rx", 8, "ry", 8, "width", 42, "height", 20, "fill", MapStyle.NETWERK_LINE, "fill-opacity",
                    "0.07", "stroke", MapStyle.NETWERK_LINE, "stroke-width", 2, "stroke-dasharray", "3 5");
            svg.empty("polygon", "points", "12,6 32,6 35,11 32,16 12,16 9,11", "fill", MapStyle.NETWERK_FILL, "stroke",
                    MapStyle.NETWERK_LINE, "stroke-width", 2);
        }));
        rows.add(new Row("convenant met zijn partners", svg -> {
            svg.empty("rect", "x", 1, "y", 1, "rx", 8, "ry", 8, "width", 42, "height", 20, "fill", MapStyle.CONVENANT_LINE, "fill-opacity",
                    "0.06", "stroke", MapStyle.CONVENANT_LINE, "stroke-width", 2, "stroke-dasharray", "10 6");
            svg.empty("path", "d", "M12,5 L28,5 L32,9 L32,17 L12,17 Z", "fill", MapStyle.CONVENANT_FILL, "stroke", MapStyle.CONVENANT_LINE,
                    "stroke-width", 1.5);
        }));
        rows.add(new Row("convenantpartner", svg -> line(svg, MapStyle.partnership())));
        return new Section("Netwerken en convenanten", rows);
    }

    private static Section relations() {
        List<Row> rows = new ArrayList<>();
        for (String[] relation : RELATIONS) {
            MapStyle.Stroke stroke = MapStyle.relation(relation[0], relation[1]);
            rows.add(new Row(relation[2], svg -> {
                svg.empty("path", SvgWriter.concat(new Object[] { "d", "M2,11 L34,11", "fill", "none" }, MapStyle.strokeAttributes(stroke)));
                svg.empty("path", "d", "M42,11 L32,6 L32,16 Z", "fill", stroke.colour(), "stroke", stroke.colour(), "stroke-width", 1);
            }));
        }
        return new Section("Sturingsrelaties (label: fase · doorzettingsmacht)", rows);
    }

    private static void line(SvgWriter svg, MapStyle.Stroke stroke) {
        svg.empty("path", SvgWriter.concat(new Object[] { "d", "M2,11 L42,11", "fill", "none" }, MapStyle.strokeAttributes(stroke)));
    }
}
