package nl.bondgenoot.rules.bronnen;

/**
 * A chapter, paragraph or other part of a source publication and the lines it covers in the text
 * copy that citations such as {@code S2:2258-2260} count in.
 *
 * @param bron  S0 to S4
 * @param van   first line
 * @param tot   last line
 * @param niveau 1 for a chapter or other part of the whole, 2 for a paragraph, 3 below that
 * @param aanduiding "hoofdstuk 6", "§ 2.3", "inleiding", "bijlage 1", ...
 * @param titel the heading as the publication prints it
 */
public record Sectie(String bron, int van, int tot, int niveau, String aanduiding, String titel) {

    public boolean bevat(int regel) {
        return van <= regel && regel <= tot;
    }

    /** {@code hoofdstuk 6 "Met welke partijen ..."}, or just {@code colofon} where the heading is the label. */
    public String omschrijving() {
        return aanduiding.equalsIgnoreCase(titel) ? aanduiding : aanduiding + " \"" + titel + "\"";
    }
}
