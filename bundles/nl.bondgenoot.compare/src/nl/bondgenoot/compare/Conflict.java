package nl.bondgenoot.compare;

/**
 * A change of the other side (theirs) that a merge did not take because our side changed the same
 * thing otherwise: the merged model keeps ours. {@code feature} is the Dutch label of the feature,
 * or null when the conflict is about the element as a whole (one side removed it, or moved it).
 */
public record Conflict(ElementName element, String feature, String ours, String theirs, String reason) {

    /** One Dutch line: "Actor 'X', Soort: wij 'welzijn', zij 'ggz'; wij gehouden." */
    public String text() {
        StringBuilder line = new StringBuilder(element.text());
        if (feature != null) {
            line.append(", ").append(feature);
        }
        line.append(": ").append(reason);
        if (ours != null || theirs != null) {
            line.append(" (wij: ").append(ours == null ? "(leeg)" : ours).append("; zij: ")
                    .append(theirs == null ? "(leeg)" : theirs).append(")");
        }
        return line.toString();
    }
}
