package nl.bondgenoot.diagram.notation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The layout of one network map: positions and chosen sizes keyed by the model element's UUID,
 * kept apart from the semantic model (as Sirius keeps its representations in an .aird file), so
 * that the model file stays clean and diffable. Holds nothing about what the elements mean.
 */
public final class Notation {

    private final Map<String, Bounds> bounds = new LinkedHashMap<>();

    public Optional<Bounds> get(String elementId) {
        return Optional.ofNullable(bounds.get(elementId));
    }

    public boolean contains(String elementId) {
        return bounds.containsKey(elementId);
    }

    /** Sets or, with {@code null}, removes the bounds of one element; returns the previous ones. */
    public Bounds put(String elementId, Bounds newBounds) {
        return newBounds == null ? bounds.remove(elementId) : bounds.put(elementId, newBounds);
    }

    public Map<String, Bounds> all() {
        return Collections.unmodifiableMap(bounds);
    }

    public int size() {
        return bounds.size();
    }
}
