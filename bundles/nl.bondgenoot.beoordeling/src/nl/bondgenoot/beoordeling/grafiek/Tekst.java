package nl.bondgenoot.beoordeling.grafiek;

import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.representation.look.LabelMetrics;

/**
 * Text in a chart: broken into lines that fit a width, measured with the map's font widths
 * ({@link LabelMetrics}) so that the chart can place labels without a browser measuring them.
 */
final class Tekst {

    private Tekst() {
    }

    /** The words of {@code text} in lines of at most {@code maxWidth} px; a single longer word gets its own line. */
    static List<String> regels(String text, double fontSize, boolean bold, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && breedte(candidate, fontSize, bold) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static double breedte(String text, double fontSize, boolean bold) {
        return LabelMetrics.width(text, fontSize, bold);
    }

    /** The widest of the lines. */
    static double breedte(List<String> lines, double fontSize, boolean bold) {
        return lines.stream().mapToDouble(l -> breedte(l, fontSize, bold)).max().orElse(0);
    }

    /** Where the baseline lies below the top of a line's frame. */
    static double basislijn(double fontSize) {
        return LabelMetrics.BASELINE * fontSize;
    }

    /** The distance between two baselines. */
    static double regelafstand(double fontSize) {
        return Math.ceil(LabelMetrics.HEIGHT * fontSize);
    }
}
