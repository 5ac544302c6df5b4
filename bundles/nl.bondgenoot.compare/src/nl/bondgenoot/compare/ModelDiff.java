package nl.bondgenoot.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The differences between two versions of a model, by element id, in the order of the elements in
 * the newer version (removed elements where they stood in the older one). Unchanged elements are
 * not listed.
 */
public final class ModelDiff {

    private final Map<String, ElementChange> byId = new LinkedHashMap<>();

    public ModelDiff(List<ElementChange> changes) {
        for (ElementChange change : changes) {
            byId.put(change.id(), change);
        }
    }

    public List<ElementChange> changes() {
        return List.copyOf(byId.values());
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /** The change of the element with this id, if it changed. */
    public Optional<ElementChange> change(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** What happened to the element with this id; null when it is unchanged (or in neither version). */
    public ChangeKind kindOf(String id) {
        ElementChange change = byId.get(id);
        return change == null ? null : change.kind();
    }

    /** The ids of the elements with this kind of change. */
    public Set<String> ids(ChangeKind kind) {
        return Collections.unmodifiableSet(byId.values().stream().filter(c -> c.kind() == kind).map(ElementChange::id)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
    }

    /** How many elements had this kind of change. */
    public int count(ChangeKind kind) {
        return (int) byId.values().stream().filter(c -> c.kind() == kind).count();
    }
}
