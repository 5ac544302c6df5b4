package nl.bondgenoot.diagram.notation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One view of a model's network map, as Sirius keeps one representation in its .aird file: its name,
 * the representation it shows, which elements it draws ({@link ViewSelection}), the state of its
 * layers and filters, and its layout: positions and chosen sizes keyed by the model element's UUID.
 * Kept apart from the semantic model, so that the model file stays clean and diffable. Holds nothing
 * about what the elements mean. The views of one model are {@link MapViews}.
 */
public final class Notation {

    /** A netwerk drawn as a container of its members; every other element is drawn as itself. */
    public static final String CONTAINER = "container";

    /** The name of a model's first view, the one a model has before any other is made. */
    public static final String DEFAULT_NAME = "Netwerkkaart";

    /** The representation every view shows today (the id of its description). */
    public static final String NETWERKKAART = "netwerkkaart";

    private final Map<String, Bounds> bounds = new LinkedHashMap<>();
    private final Map<String, String> displays = new LinkedHashMap<>();
    private String name;
    private String representation = NETWERKKAART;
    private ViewSelection selection = ViewSelection.alles();
    private final Map<String, Boolean> layers = new TreeMap<>();
    private final List<String> filters = new ArrayList<>();
    private final java.util.Set<String> pinned = new java.util.TreeSet<>();
    private java.time.LocalDate peildatum;

    /** The default view: "Netwerkkaart", everything, no layout yet. */
    public Notation() {
        this(DEFAULT_NAME);
    }

    public Notation(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    void rename(String newName) {
        name = newName;
    }

    /** The id of the representation description this view shows ("netwerkkaart"). */
    public String representation() {
        return representation;
    }

    public void representation(String id) {
        representation = id;
    }

    public ViewSelection selection() {
        return selection;
    }

    public void selection(ViewSelection newSelection) {
        selection = newSelection;
    }

    /** Layer id to on/off, as the user left them in this view (sorted by id). */
    public Map<String, Boolean> layers() {
        return Collections.unmodifiableMap(layers);
    }

    public void layer(String id, boolean on) {
        layers.put(id, on);
    }

    /** The ids of the filters this view applies, in the order they were chosen. */
    public List<String> filters() {
        return Collections.unmodifiableList(filters);
    }

    public void filters(List<String> ids) {
        filters.clear();
        filters.addAll(ids);
    }

    /**
     * The date whose situation the view shows, or null for the whole model: on a peildatum what does
     * not hold then (a convenant that ended, a lid not yet a member) is faded, not hidden, so the
     * layout stays as it is (as a Sirius or Archi user expects of a filter).
     */
    public java.time.LocalDate peildatum() {
        return peildatum;
    }

    public void peildatum(java.time.LocalDate date) {
        peildatum = date;
    }

    /** Whether the element is pinned: a layout (Indelen) leaves it where it is. */
    public boolean isPinned(String elementId) {
        return pinned.contains(elementId);
    }

    /** Pins or unpins an element; returns whether it was pinned. */
    public boolean pin(String elementId, boolean pin) {
        return pin ? !pinned.add(elementId) : pinned.remove(elementId);
    }

    public void filter(String id, boolean on) {
        filters.remove(id);
        if (on) {
            filters.add(id);
        }
    }

    /** Puts back the layers, filters and pinned elements of an earlier copy of this view. */
    void restoreStateFrom(Notation copy) {
        layers.clear();
        layers.putAll(copy.layers);
        filters.clear();
        filters.addAll(copy.filters);
        pinned.clear();
        pinned.addAll(copy.pinned);
        peildatum = copy.peildatum;
    }

    /** A copy of everything of this view (selection, layers, filters and layout) under another name. */
    public Notation copyAs(String newName) {
        Notation copy = new Notation(newName);
        copy.representation = representation;
        copy.selection = selection;
        copy.layers.putAll(layers);
        copy.filters.addAll(filters);
        copy.bounds.putAll(bounds);
        copy.displays.putAll(displays);
        copy.pinned.addAll(pinned);
        copy.peildatum = peildatum;
        return copy;
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

    /** Forgets where every element is drawn (a drawing laid out anew); sizes, layers and filters stay. */
    public void forgetPlaces() {
        bounds.clear();
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
