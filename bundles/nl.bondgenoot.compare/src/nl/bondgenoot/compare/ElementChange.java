package nl.bondgenoot.compare;

import java.util.List;

/**
 * What changed of one element, found by its id. An added or removed element lists no feature
 * changes (its contents are part of it); a {@link ChangeKind#MOVED} element has a {@link #move()} and
 * may list feature changes too; a {@link ChangeKind#CHANGED} element has no move.
 */
public record ElementChange(ChangeKind kind, ElementName element, ElementName parent, Move move,
        List<FeatureChange> features) {

    public String id() {
        return element.id();
    }
}
