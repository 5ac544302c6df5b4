package nl.bondgenoot.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ModelDiff} in Dutch, one element a line, its changed features indented below it:
 *
 * <pre>
 * oud.bondgenoot -> nieuw.bondgenoot: 1 toegevoegd, 0 verwijderd, 2 gewijzigd, 0 verplaatst
 * toegevoegd  Actor 'Buurtteam Zuid' (in Governancemodel 'Regio')
 * gewijzigd   Actor 'Travers'
 *               Soort: welzijn -> ggz
 * gewijzigd   Netwerk 'OK-team Kamperpoort'
 *               Leden: erbij Actor 'Wmo-raad Zwolle'
 * </pre>
 */
public final class DiffText {

    private DiffText() {
    }

    public static String of(ModelDiff diff, String from, String to) {
        StringBuilder out = new StringBuilder();
        out.append(from).append(" -> ").append(to).append(": ");
        if (diff.isEmpty()) {
            return out.append("geen verschillen\n").toString();
        }
        String separator = "";
        for (ChangeKind kind : ChangeKind.values()) {
            out.append(separator).append(diff.count(kind)).append(' ').append(kind.dutch());
            separator = ", ";
        }
        out.append('\n');
        for (ElementChange change : diff.changes()) {
            out.append(String.format("%-11s %s", change.kind().dutch(), change.element().text()));
            if (change.move() != null) {
                Move move = change.move();
                out.append(": van ").append(place(move.from(), move.fromFeature())).append(" naar ")
                        .append(place(move.to(), move.toFeature()));
            } else if (change.parent() != null && change.kind() != ChangeKind.CHANGED) {
                out.append(" (in ").append(change.parent().text()).append(')');
            }
            out.append('\n');
            for (FeatureChange feature : change.features()) {
                out.append("              ").append(feature.label()).append(": ").append(values(feature)).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * "welzijn -> ggz"; for a list whose other items kept their order only what came and went:
     * "erbij Actor 'Wmo-raad Zwolle'; eraf Actor 'De Kern'".
     */
    static String values(FeatureChange feature) {
        if (feature.many()) {
            List<String> kept = feature.before().stream().filter(feature.after()::contains).toList();
            if (kept.equals(feature.after().stream().filter(feature.before()::contains).toList())) {
                List<String> parts = new ArrayList<>();
                List<String> added = texts(feature.after(), feature.afterText(), feature.before());
                List<String> removed = texts(feature.before(), feature.beforeText(), feature.after());
                if (!added.isEmpty()) {
                    parts.add("erbij " + String.join(", ", added));
                }
                if (!removed.isEmpty()) {
                    parts.add("eraf " + String.join(", ", removed));
                }
                return String.join("; ", parts);
            }
        }
        return feature.beforeShown() + " -> " + feature.afterShown();
    }

    /** The texts of the items of {@code keys} that are not in {@code other}. */
    private static List<String> texts(List<String> keys, List<String> texts, List<String> other) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!other.contains(keys.get(i))) {
                result.add(texts.get(i));
            }
        }
        return result;
    }

    private static String place(ElementName parent, String feature) {
        if (parent == null) {
            return "(geen)";
        }
        return parent.text() + (feature == null ? "" : " (" + feature + ")");
    }
}
