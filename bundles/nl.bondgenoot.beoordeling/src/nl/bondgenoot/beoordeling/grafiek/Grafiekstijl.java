package nl.bondgenoot.beoordeling.grafiek;

import java.util.List;

import nl.bondgenoot.model.Oordeel;
import nl.bondgenoot.representation.look.LabelMetrics;
import nl.bondgenoot.representation.look.SvgWriter;

/** The charts' colours and sizes, in one place. */
final class Grafiekstijl {

    static final String FONT = LabelMetrics.FONT;
    static final String TEKST = "#1b1f24";
    static final String ZACHT = "#5f6368";
    static final String RASTER = "#c9d1d9";
    static final String ACHTERGROND = "#ffffff";
    static final double LETTER = 11;
    static final double KOP = 13;

    /** Series colours, distinguishable also in grey print; the joint series is always the first (dark). */
    static final List<String> REEKSEN = List.of("#1b1f24", "#1f5fbf", "#c26a00", "#1b7f3b", "#8e44ad", "#b3261e",
            "#00838f", "#6d4c41");

    /** Group colours (sections, gebieden): light fills with a darker edge. */
    static final List<String> GROEPEN = List.of("#dbe8fb", "#fde7c8", "#d5f0dc", "#eadcf3", "#fbd9d6", "#d4eff1");
    static final List<String> GROEPRANDEN = List.of("#1f5fbf", "#c26a00", "#1b7f3b", "#8e44ad", "#b3261e", "#00838f");

    private Grafiekstijl() {
    }

    /** A chart's title, in bold, one text line per wrapped line, the first line's top at x,y. */
    static void titel(SvgWriter svg, List<String> regels, double x, double y) {
        for (int i = 0; i < regels.size(); i++) {
            svg.text("text", regels.get(i), "class", "titel", "x", x, "y", y + i * Tekst.regelafstand(KOP) + Tekst.basislijn(KOP),
                    "font-size", KOP, "font-weight", "bold");
        }
    }

    static String groep(int index) {
        return GROEPEN.get(index % GROEPEN.size());
    }

    static String groepRand(int index) {
        return GROEPRANDEN.get(index % GROEPRANDEN.size());
    }

    static String reeks(int index) {
        return REEKSEN.get(index % REEKSEN.size());
    }

    /** The fill of an oordeel's badge; the word is always written beside it, so colour is never the only sign. */
    static String kleur(Oordeel oordeel) {
        return switch (oordeel) {
            case VOLDOENDE -> "#1b7f3b";
            case DEELS -> "#c26a00";
            case ONVOLDOENDE -> "#b3261e";
            case ONBEKEND -> "#9aa3ab";
        };
    }
}
