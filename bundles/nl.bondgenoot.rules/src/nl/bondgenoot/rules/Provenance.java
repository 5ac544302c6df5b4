package nl.bondgenoot.rules;

/** Where a rule comes from: the seed text itself, our reading of it, or outside literature. */
public enum Provenance {
    /** The seed says it. */
    DOC,
    /** Our inference from the seed; the rule's explanation says so. */
    INF,
    /** Outside literature, named in the source. */
    EXT
}
