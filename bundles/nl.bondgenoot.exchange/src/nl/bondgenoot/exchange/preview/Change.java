package nl.bondgenoot.exchange.preview;

import java.util.List;

/** A row that matched an existing element (by id, or by name where the sheet has no id) and changes some of its features. */
public record Change(String soort, String blad, int rij, String id, String naam, List<FeatureChange> wijzigingen) {
    public Change {
        wijzigingen = List.copyOf(wijzigingen);
    }
}
