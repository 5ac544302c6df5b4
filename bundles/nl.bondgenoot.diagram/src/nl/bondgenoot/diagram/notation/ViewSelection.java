package nl.bondgenoot.diagram.notation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which elements of the model a view draws: everything ({@code alles}), the chosen elements
 * ({@code elementen}), or what lies around the chosen elements, up to a number of steps along the
 * map's lines ({@code rond}). Plain data: which elements that is in a model is computed where the
 * model is known ({@link nl.bondgenoot.diagram.views.ViewContents}).
 */
public record ViewSelection(Kind kind, List<String> elements, int steps) {

    /** The kinds of selection, with the words the notation file and the command line use. */
    public enum Kind {
        ALLES, ELEMENTEN, ROND;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> of(String word) {
            for (Kind kind : values()) {
                if (kind.word().equals(word)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** The most steps "around the selection" may take: further, a governance network is usually all of it. */
    public static final int MAX_STEPS = 10;

    /** Sorted and without duplicates, so that the file diffs well and equal selections are equal. */
    public ViewSelection {
        elements = kind == Kind.ALLES ? List.of() : List.copyOf(new TreeSet<>(elements));
        steps = kind == Kind.ROND ? steps : 0;
        if (steps < 0 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("stappen " + steps + " (0 tot en met " + MAX_STEPS + ")");
        }
    }

    public static ViewSelection alles() {
        return new ViewSelection(Kind.ALLES, List.of(), 0);
    }

    public static ViewSelection elementen(List<String> ids) {
        return new ViewSelection(Kind.ELEMENTEN, ids, 0);
    }

    public static ViewSelection rond(List<String> ids, int steps) {
        return new ViewSelection(Kind.ROND, ids, steps);
    }

    /** This selection with one more chosen element (an element created on the map of this view). */
    public ViewSelection with(String id) {
        if (kind == Kind.ALLES || elements.contains(id)) {
            return this;
        }
        List<String> more = new java.util.ArrayList<>(elements);
        more.add(id);
        return new ViewSelection(kind, more, steps);
    }
}
