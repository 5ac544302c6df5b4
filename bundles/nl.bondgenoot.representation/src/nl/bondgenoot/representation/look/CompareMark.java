package nl.bondgenoot.representation.look;

import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.representation.description.Style;
import nl.bondgenoot.representation.description.TextStyle;
import nl.bondgenoot.representation.look.Legend.Row;
import nl.bondgenoot.representation.look.Legend.Swatch;
import nl.bondgenoot.representation.look.Looks.BadgeLook;
import nl.bondgenoot.representation.look.Looks.EdgeLook;
import nl.bondgenoot.representation.look.Looks.NodeLook;

/**
 * How a compare view of two versions marks an element (the one place these looks are defined): on
 * top of the look its description gives, a border or line in the mark's colour and a pill badge that
 * says what happened ("nieuw", "verwijderd", "gewijzigd: soort, leden"); what was removed is also
 * faded, as a filter that fades fades (the browser's filter CSS and the export's faded groups). The
 * legend's section is made from the same looks.
 */
public enum CompareMark {

    /** Only in the newer version. */
    TOEGEVOEGD("toegevoegd", "nieuw", "#1b7f3b", "", false, "toegevoegd: alleen in de nieuwe versie"),
    /** Only in the older version: drawn where it stood, faded and dashed. */
    VERWIJDERD("verwijderd", "verwijderd", "#b3261e", "6 4", true, "verwijderd: alleen in de oude versie (vervaagd)"),
    /** In both, with other values (or another container); the badge names the features. */
    GEWIJZIGD("gewijzigd", "gewijzigd", "#8f4a00", "10 3 2 3", false, "gewijzigd: de badge noemt wat anders is");

    /** The id under which removed elements fail, like a filter of the description that fades. */
    public static final String FADED = "verwijderd";
    /** How wide a marked node's border is, how wide a marked line. */
    static final double BORDER = 4.5;
    static final double LINE = 3.5;
    private static final TextStyle BADGE = new TextStyle(11, 700, false, "#ffffff", false);

    private final String word;
    private final String badge;
    private final String colour;
    private final String dash;
    private final boolean fades;
    private final String legend;

    CompareMark(String word, String badge, String colour, String dash, boolean fades, String legend) {
        this.word = word;
        this.badge = badge;
        this.colour = colour;
        this.dash = dash;
        this.fades = fades;
        this.legend = legend;
    }

    /** "toegevoegd", "verwijderd", "gewijzigd": also the CSS class "vergelijk-" + word of what carries it. */
    public String word() {
        return word;
    }

    public String colour() {
        return colour;
    }

    public boolean fades() {
        return fades;
    }

    /** The style put on top of a node's own. */
    public Style nodeStyle() {
        return new Style(null, null, colour, BORDER, dash, null, null, null, null, null);
    }

    /** The style put on top of a line's own. */
    public Style lineStyle() {
        return new Style(null, null, colour, LINE, dash, null, null, null, null, null);
    }

    /** The badge's text: the mark's word, for a change followed by the features that differ. */
    public String badgeText(List<String> features) {
        return this == GEWIJZIGD && !features.isEmpty() ? badge + ": " + String.join(", ", features) : badge;
    }

    /** The node as marked: its border, a badge first among its badges, faded when removed. */
    public NodeLook on(NodeLook look, List<String> features) {
        List<BadgeLook> badges = new ArrayList<>();
        badges.add(new BadgeLook(badgeText(features), colour, BADGE));
        badges.addAll(look.badges());
        return new NodeLook(look.mapping(), look.style().with(nodeStyle()), look.labels(), badges, look.group(), look.minWidth(),
                look.minHeight(), look.padding(), look.side(), look.layers(), failed(look.failedFilters()));
    }

    /** The line as marked: its colour, width and dashes, faded when removed. */
    public EdgeLook on(EdgeLook look) {
        return new EdgeLook(look.mapping(), look.style().with(lineStyle()), look.label(), look.layers(), failed(look.failedFilters()));
    }

    private List<String> failed(List<String> failedFilters) {
        if (!fades || failedFilters.contains(FADED)) {
            return failedFilters;
        }
        List<String> all = new ArrayList<>(failedFilters);
        all.add(FADED);
        return all;
    }

    /** The legend's section of a compare view: per mark a node and a line as the map draws them. */
    public static Legend.Section legend(String title) {
        List<Row> rows = new ArrayList<>();
        Style node = new Style("afgerond", "#f1f3f4", "#5f6368", 1.5, null, null, null, null, null, null);
        Style line = new Style(null, null, "#9aa3ab", 1.5, null, null, null, null, "driehoek", null);
        for (CompareMark mark : values()) {
            rows.add(new Row(mark.legend, new Swatch(Geometry.paint(node.with(mark.nodeStyle()), Legend.SWATCH_WIDTH,
                    Legend.SWATCH_HEIGHT), null, null, null)));
        }
        for (CompareMark mark : values()) {
            rows.add(new Row("lijn " + mark.word, new Swatch(null, null,
                    new EdgeLook("vergelijking", line.with(mark.lineStyle()), null, List.of(), List.of()), null)));
        }
        return new Legend.Section(title, rows);
    }
}
