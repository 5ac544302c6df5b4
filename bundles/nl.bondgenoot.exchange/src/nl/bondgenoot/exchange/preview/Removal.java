package nl.bondgenoot.exchange.preview;

/**
 * An element of a kind whose sheet was imported that no row of that sheet names: applying the preview
 * removes it (and what refers to it no longer does). Kinds without a sheet in the import are never removed.
 */
public record Removal(String soort, String blad, String id, String naam) {
}
