package nl.bondgenoot.analysis.advies;

/**
 * One input of the advisor with where it came from.
 *
 * @param kenmerk the condition
 * @param waarde the value in words ("hoog", "7"), or "onbekend"
 * @param bekend whether the model gives it
 * @param herkomst which feature and elements it came from, or why it is unknown
 */
public record Invoer(Kenmerk kenmerk, String waarde, boolean bekend, String herkomst) {
}
