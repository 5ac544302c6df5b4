package nl.bondgenoot.compare;

import java.util.List;
import java.util.Objects;

/**
 * The three-way rule of every merge by id, for one value: what only theirs changed is taken; what
 * only ours changed, or both changed alike, stays; what both changed otherwise is a conflict and
 * stays ours. Lists of items merge item by item instead ({@link #list}).
 */
public final class ThreeWay {

    /** The merged value, whether it is theirs taken, and whether both sides changed it otherwise. */
    public record Outcome<T>(T value, boolean taken, boolean conflict) {
    }

    private ThreeWay() {
    }

    public static <T> Outcome<T> value(T base, T ours, T theirs) {
        if (Objects.equals(theirs, base) || Objects.equals(theirs, ours)) {
            return new Outcome<>(ours, false, false);
        }
        if (Objects.equals(ours, base)) {
            return new Outcome<>(theirs, true, false);
        }
        return new Outcome<>(ours, false, true);
    }

    /**
     * Ours without what theirs removed, with what theirs added (each once, after the item it followed on
     * their side, behind what ours added there). Never a conflict.
     */
    public static List<String> list(List<String> base, List<String> ours, List<String> theirs) {
        return ListMerge.merge(base, ours, theirs);
    }
}
