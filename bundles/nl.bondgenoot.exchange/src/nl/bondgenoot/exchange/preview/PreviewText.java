package nl.bondgenoot.exchange.preview;

import java.util.List;
import java.util.function.Function;

/** The Dutch text of a preview, one line per element or rejected row (at most {@value #SHOWN_PER_LIST} per kind of line). */
final class PreviewText {

    private static final int SHOWN_PER_LIST = 200;

    private PreviewText() {
    }

    static String of(ImportPreview p) {
        StringBuilder s = new StringBuilder();
        s.append("Voorbeeld: ").append(p.samenvatting()).append('\n');
        if (!p.rejections().isEmpty()) {
            s.append("Afgewezen (er verandert niets tot deze rijen zijn verbeterd):\n");
        }
        lines(s, p.rejections(), "afgewezen rijen", r -> r.tekst());
        lines(s, p.additions(), "toegevoegd", a -> "+ " + a.soort() + " '" + a.naam() + "' (" + a.blad() + ", rij " + a.rij() + ")");
        lines(s, p.changes(), "gewijzigd", PreviewText::change);
        lines(s, p.removals(), "verwijderd", r -> "- " + r.soort() + " '" + r.naam() + "' (niet in blad " + r.blad() + ")");
        return s.toString();
    }

    private static <T> void lines(StringBuilder s, List<T> items, String what, Function<T, String> line) {
        for (int i = 0; i < items.size(); i++) {
            if (i == SHOWN_PER_LIST) {
                s.append("  ... en nog ").append(items.size() - SHOWN_PER_LIST).append(' ').append(what).append('\n');
                return;
            }
            s.append("  ").append(line.apply(items.get(i))).append('\n');
        }
    }

    private static String change(Change c) {
        StringBuilder s = new StringBuilder("~ ").append(c.soort()).append(" '").append(c.naam()).append("' (").append(c.blad())
                .append(", rij ").append(c.rij()).append("):");
        for (FeatureChange f : c.wijzigingen()) {
            s.append(' ').append(f.kolom()).append(" '").append(f.oud()).append("' -> '").append(f.nieuw()).append("';");
        }
        s.setLength(s.length() - 1);
        return s.toString();
    }
}
