package nl.bondgenoot.compare;

/**
 * A {@link ModelDiff} in Dutch, one element a line, its changed features indented below it:
 *
 * <pre>
 * oud.bondgenoot -> nieuw.bondgenoot: 1 toegevoegd, 0 verwijderd, 1 gewijzigd, 0 verplaatst
 * toegevoegd  Actor 'Buurtteam Zuid' (in Governancemodel 'Regio')
 * gewijzigd   Actor 'Gemeente Zwolle'
 *               Soort: welzijn -> ggz
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
                out.append("              ").append(feature.label()).append(": ").append(feature.beforeShown()).append(" -> ")
                        .append(feature.afterShown()).append('\n');
            }
        }
        return out.toString();
    }

    private static String place(ElementName parent, String feature) {
        if (parent == null) {
            return "(geen)";
        }
        return parent.text() + (feature == null ? "" : " (" + feature + ")");
    }
}
