package nl.bondgenoot.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges two changes of one list value (a netwerk's leden, its deelt): ours as it is, without what
 * theirs removed, with what theirs added (each once, after the item it followed on their side).
 * Such a merge never conflicts: an item both sides added is there once; an item one side removed
 * is gone.
 */
final class ListMerge {

    private ListMerge() {
    }

    static List<String> merge(List<String> base, List<String> ours, List<String> theirs) {
        List<String> result = new ArrayList<>(ours);
        for (String item : base) {
            if (!theirs.contains(item)) {
                result.remove(item);
            }
        }
        String previous = null;
        for (String item : theirs) {
            if (!base.contains(item) && !result.contains(item)) {
                int at = previous == null ? 0 : result.indexOf(previous) + 1;
                while (at < result.size() && !base.contains(result.get(at)) && !theirs.contains(result.get(at))) {
                    at++; // after what ours added at the same place
                }
                result.add(at, item);
            }
            if (result.contains(item)) {
                previous = item;
            }
        }
        return result;
    }
}
