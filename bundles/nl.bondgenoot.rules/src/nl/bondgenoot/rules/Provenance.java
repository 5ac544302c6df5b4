package nl.bondgenoot.rules;

/** Where a rule comes from: the seed text itself, our reading of it, or outside literature. */
public enum Provenance {
    /** The seed says it. */
    DOC("de brontekst zegt het zelf"),
    /** Our inference from the seed; the rule's explanation says so. */
    INF("onze lezing van de brontekst"),
    /** Outside literature, named in the source. */
    EXT("andere literatuur, genoemd in de bron");

    private final String meaning;

    Provenance(String meaning) {
        this.meaning = meaning;
    }

    /** What the provenance means, in Dutch, for users (catalogue, hover). */
    public String meaning() {
        return meaning;
    }
}
