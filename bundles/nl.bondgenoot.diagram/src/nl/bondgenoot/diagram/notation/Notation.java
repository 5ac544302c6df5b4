package nl.bondgenoot.diagram.notation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import nl.bondgenoot.model.persistence.FileVersion;

/**
 * The layout of one network map: positions and chosen sizes keyed by the model element's UUID,
 * kept apart from the semantic model (as Sirius keeps its representations in an .aird file), so
 * that the model file stays clean and diffable. Holds nothing about what the elements mean.
 */
public final class Notation {

    /** A netwerk drawn as a container of its members; every other element is drawn as itself. */
    public static final String CONTAINER = "container";

    private final Map<String, Bounds> bounds = new LinkedHashMap<>();
    private final Map<String, String> displays = new LinkedHashMap<>();
    private FileVersion fileVersion = FileVersion.ABSENT;

    /** The version of the notation file this was read from or last written to ({@link FileVersion#ABSENT}: none). */
    public FileVersion fileVersion() {
        return fileVersion;
    }

    public void fileVersion(FileVersion version) {
        fileVersion = version;
    }

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

    /** How an element is drawn when it can be drawn in more than one way ({@link #CONTAINER}), if not the default. */
    public Optional<String> display(String elementId) {
        return Optional.ofNullable(displays.get(elementId));
    }

    /** Sets or, with {@code null}, resets how an element is drawn; returns the previous way. */
    public String putDisplay(String elementId, String display) {
        return display == null ? displays.remove(elementId) : displays.put(elementId, display);
    }

    public Map<String, String> displays() {
        return Collections.unmodifiableMap(displays);
    }

    public int size() {
        return bounds.size();
    }
}
