package nl.bondgenoot.analysis.advies;

/**
 * How one condition bears on one form.
 *
 * @param kenmerk the condition
 * @param past true: fits; false: does not fit; null: unknown (not modelled), so not judged
 * @param reden in words: "7 organisaties (past: 3-8)", "vertrouwensdichtheid hoog (past: laag)", or
 *        "vertrouwensdichtheid onbekend (past: hoog)"
 */
public record Voorwaarde(Kenmerk kenmerk, Boolean past, String reden) {
}
