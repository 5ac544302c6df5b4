package nl.bondgenoot.beoordeling;

import java.util.Map;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.instrumenten.Instrument;

/**
 * The scores of one party, or with {@code partij == null} of all parties together (S0:1449-1452), per
 * kenmerk in the instrument's order; 0 where not scored.
 */
public record Scorereeks(Actor partij, String naam, Map<Instrument.Item, Integer> scores) {

    /** The name of the joint series. */
    public static final String GEZAMENLIJK = "Alle partijen samen";

    public boolean gezamenlijk() {
        return partij == null;
    }

    public long gescoord() {
        return scores.values().stream().filter(s -> s > 0).count();
    }
}
