package nl.bondgenoot.diagram.export;

import java.util.Map;

/**
 * The look of the browser map, taken from webclient/css/netwerkkaart.css: the same colours, stroke
 * widths, dashes and font sizes, written as SVG presentation attributes so that every SVG viewer (and
 * jsvg for the PNG) draws them without a style sheet. Change it together with the CSS; a test checks
 * that every colour here is still in the CSS.
 */
final class MapStyle {

    /**
     * The CSS's font stack, with the metric twins of Helvetica and Arial on Linux before the generic
     * family, so that names fit the nodes the server sized with Helvetica's widths (LabelMetrics).
     */
    static final String FONT = "'Helvetica Neue', Helvetica, Arial, 'Nimbus Sans', 'Liberation Sans', sans-serif";

    static final String TEXT = "#1b1f24";
    static final String SOORT_TEXT = "#4a5158";
    static final String RELATIE_TEXT = "#37474f";
    static final String BACKGROUND = "#ffffff";
    static final String EDGE = "#9aa3ab";

    static final String NETWERK_FILL = "#eceff1";
    static final String NETWERK_LINE = "#546e7a";
    static final String CONVENANT_FILL = "#e0f7fa";
    static final String CONVENANT_LINE = "#00838f";
    static final String REGISSEUR = "#ad1457";
    static final String LEIDEND = "#b8860b";
    static final String ROLLEN_TEXT = "#1f5fbf";
    static final String DAK = "#1f5fbf";
    static final String BINNENRAND = "#6a3fb5";

    static final String LEGEND_LINE = "#c9d1d9";
    static final String LEGEND_HEADER = "#eef1f4";

    /** Fill and border of an actor per category (the ".categorie-* .actor-shape" rules). */
    record ActorColours(String fill, String line, String dash) {
    }

    private static final ActorColours ACTOR_DEFAULT = new ActorColours("#f1f3f4", "#5f6368", null);

    private static final Map<String, ActorColours> CATEGORIES = Map.of(
            "overheid", new ActorColours("#d6e6ff", "#1f5fbf", null),
            "maatschappelijke_organisatie", new ActorColours("#d5f0da", "#2e7d32", null),
            "marktpartij", new ActorColours("#ffe2c2", "#c25e00", null),
            "vertegenwoordigend_orgaan", new ActorColours("#e8def8", "#6a3fb5", null),
            "professional", new ActorColours("#cfeeec", "#00796b", null),
            "clientorganisatie", new ActorColours("#fff4b8", "#6a3fb5", "6 3"),
            "burger", new ActorColours("#fff4b8", "#a67c00", "2 3"));

    /** The colours of the families of sturingsrelatie (--nk-hierarchisch, ...). */
    private static final Map<String, String> FAMILIES = Map.of(
            "hierarchisch", "#263238",
            "financieel", "#2e7d32",
            "markt", "#c25e00",
            "samenwerking", "#1f5fbf",
            "invloed", "#6a3fb5");

    /** How a line is drawn. */
    record Stroke(String colour, double width, String dash, boolean roundCaps) {
    }

    private MapStyle() {
    }

    static ActorColours category(String category) {
        return CATEGORIES.getOrDefault(category, ACTOR_DEFAULT);
    }

    /** The border of an actor: the category's, or the heavy one of a regisseur or leidende organisatie. */
    static Stroke actorBorder(String category, boolean regisseur, boolean leidend) {
        ActorColours colours = category(category);
        if (regisseur && leidend) {
            return new Stroke(REGISSEUR, 4, "10 4", false);
        }
        if (regisseur || leidend) {
            return new Stroke(regisseur ? REGISSEUR : LEIDEND, 4, colours.dash(), false);
        }
        return new Stroke(colours.line(), 1.5, colours.dash(), false);
    }

    static String familyColour(String family) {
        return FAMILIES.getOrDefault(family, FAMILIES.get("samenwerking"));
    }

    /** The line of a sturingsrelatie: colour per family, width and dashes per soort. */
    static Stroke relation(String soort, String family) {
        String colour = familyColour(family);
        return switch (soort == null ? "" : soort) {
            case "hierarchisch" -> new Stroke(colour, 3.5, null, false);
            case "toezicht" -> new Stroke(colour, 3.5, "12 3 2 3", false);
            case "prestatiesubsidie", "subsidieovereenkomst" -> new Stroke(colour, 2, "10 3", false);
            case "bcf" -> new Stroke(colour, 2, "3 3", false);
            case "contract" -> new Stroke(colour, 2, "8 4", false);
            case "aanbesteding", "uitbesteding" -> new Stroke(colour, 2, "10 3 2 3", false);
            case "convenant" -> new Stroke(colour, 3, "14 4", false);
            case "regie_taakverdeling" -> new Stroke(colour, 3, null, false);
            case "gemeentelijke_samenwerking" -> new Stroke(colour, 2, "6 2 2 2", false);
            case "advies" -> new Stroke(colour, 2, "2 4", false);
            case "verantwoording" -> new Stroke(colour, 2, "6 4", false);
            case "overtuigen_verleiden" -> new Stroke(colour, 2, "1 3", true);
            default -> new Stroke(colour, 2, null, false);
        };
    }

    static Stroke membership() {
        return new Stroke(EDGE, 1.5, null, false);
    }

    static Stroke partnership() {
        return new Stroke(CONVENANT_LINE, 1.2, "4 4", false);
    }

    /** The attributes of a stroke, for an SvgWriter element. */
    static Object[] strokeAttributes(Stroke stroke) {
        return new Object[] { "stroke", stroke.colour(), "stroke-width", stroke.width(), "stroke-dasharray", stroke.dash(),
                "stroke-linecap", stroke.roundCaps() ? "round" : null };
    }
}
