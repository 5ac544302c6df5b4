package nl.bondgenoot.beoordeling.grafiek;

import java.util.List;

/**
 * One line of a radar chart: the scores of a party, of all parties together, or of an earlier date, one
 * per spoke in the spokes' order; 0 means not scored (no point is drawn there).
 */
public record Radarreeks(String naam, List<Integer> scores, Soort soort) {

    public enum Soort {
        /** All parties together (S0:1449-1452): drawn first and thickest. */
        GEZAMENLIJK,
        /** One party for itself. */
        PARTIJ,
        /** An earlier assessment in a comparison over time: dashed. */
        EERDER
    }

    public Radarreeks {
        scores = List.copyOf(scores);
    }
}
