package nl.bondgenoot.compare;

/** What happened to one element between two versions of a model, found by its id. */
public enum ChangeKind {
    /** Only in the newer version. */
    ADDED("toegevoegd"),
    /** Only in the older version. */
    REMOVED("verwijderd"),
    /** In both, with other values of one or more features. */
    CHANGED("gewijzigd"),
    /** In both, in another container (another netwerk, another parent); its features may have changed too. */
    MOVED("verplaatst");

    private final String dutch;

    ChangeKind(String dutch) {
        this.dutch = dutch;
    }

    /** The Dutch word users read ("toegevoegd", ...). */
    public String dutch() {
        return dutch;
    }

    /** The word in JSON output (lower case English: added, removed, changed, moved). */
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
