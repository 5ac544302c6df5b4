package nl.bondgenoot.beoordeling.grafiek;

/**
 * One spoke of a radar chart: a kenmerk of the zelfanalyse (or of a contributed instrument) with the
 * group it belongs to (an analysegebied), which colours its part of the rim and its label.
 */
public record Radaras(String id, String naam, String groep) {
}
