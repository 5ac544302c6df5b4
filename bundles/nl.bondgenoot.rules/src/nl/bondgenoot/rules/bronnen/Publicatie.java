package nl.bondgenoot.rules.bronnen;

/**
 * One of the five source publications, as far as its own text says (where it does not, the field
 * says so: "niet in de tekst").
 *
 * @param bron       S0 to S4
 * @param titel      the title
 * @param makers     authors, publisher, commissioning body
 * @param jaar       year or month of publication
 * @param vindplaats where to get it, as the text gives it
 * @param herkomst   the lines of the text copy that say these things
 */
public record Publicatie(String bron, String titel, String makers, String jaar, String vindplaats, String herkomst) {
}
