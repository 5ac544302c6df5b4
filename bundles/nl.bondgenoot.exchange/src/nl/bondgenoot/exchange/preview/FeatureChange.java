package nl.bondgenoot.exchange.preview;

/** One column of a row that differs from the model: the column's Dutch name, the model's value and the sheet's, as the sheet writes them ("" for empty). */
public record FeatureChange(String kolom, String oud, String nieuw) {
}
