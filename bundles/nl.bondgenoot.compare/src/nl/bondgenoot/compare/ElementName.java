package nl.bondgenoot.compare;

/**
 * How a change names an element: its id, the Dutch label of its class ("Actor", "Sturingsrelatie")
 * and its name (null when the element has none).
 */
public record ElementName(String id, String kind, String name) {

    /** "Actor 'Gemeente Zwolle'", or "Governancetypering" with its id when it has no name. */
    public String text() {
        return name == null || name.isBlank() ? kind + " " + id : kind + " '" + name + "'";
    }
}
