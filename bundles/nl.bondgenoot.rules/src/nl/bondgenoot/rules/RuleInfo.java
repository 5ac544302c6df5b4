package nl.bondgenoot.rules;

import nl.bondgenoot.rules.bronnen.Bronnen;

/**
 * What users and tools see of a rule: its SPEC id, default severity, provenance, the seed lines it
 * comes from, a one-line title and a longer explanation (for hovers, help and the catalogue).
 */
public record RuleInfo(String id, Severity severity, Provenance provenance, String source, String title,
        String explanation) {

    /** The source with each citation's chapter or paragraph beside its lines, for users (see {@link Bronnen}). */
    public String sourceWithSections() {
        return Bronnen.get().annotate(source);
    }
}
