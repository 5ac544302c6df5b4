package nl.bondgenoot.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

import nl.bondgenoot.compare.internal.Snapshot;
import nl.bondgenoot.compare.internal.Snapshot.Node;
import nl.bondgenoot.compare.internal.Snapshot.Value;
import nl.bondgenoot.compare.internal.Texts;

/**
 * Compares two versions of a model by element id: which elements were added, removed, changed
 * (features with another value) or moved (another container). Generic over the metamodel: every
 * saved feature of every class counts, so a new feature needs no code here. The order of the
 * contained elements of a list (the actors of a model) is not a change; the order of a list value
 * (a netwerk's leden) is.
 */
public final class ModelComparer {

    private ModelComparer() {
    }

    /** The changes from {@code older} to {@code newer}: the elements of the newer in their order, then the removed ones. */
    public static ModelDiff compare(Resource older, Resource newer) {
        Snapshot before = Snapshot.of(older);
        Snapshot after = Snapshot.of(newer);
        List<ElementChange> changes = new ArrayList<>();
        for (Node node : after.nodes().values()) {
            Node old = before.node(node.id());
            if (old == null) {
                changes.add(new ElementChange(ChangeKind.ADDED, Texts.name(node.object()), parent(after, node), null, List.of()));
                continue;
            }
            List<FeatureChange> features = features(old, node);
            Move move = moved(before, old, after, node);
            if (move != null) {
                changes.add(new ElementChange(ChangeKind.MOVED, Texts.name(node.object()), parent(after, node), move, features));
            } else if (!features.isEmpty()) {
                changes.add(new ElementChange(ChangeKind.CHANGED, Texts.name(node.object()), parent(after, node), null, features));
            }
        }
        for (Node old : before.nodes().values()) {
            if (!after.contains(old.id())) {
                changes.add(new ElementChange(ChangeKind.REMOVED, Texts.name(old.object()), parent(before, old), null, List.of()));
            }
        }
        return new ModelDiff(changes);
    }

    private static ElementName parent(Snapshot snapshot, Node node) {
        return node.parentId() == null ? null : Texts.name(snapshot.node(node.parentId()).object());
    }

    private static Move moved(Snapshot before, Node old, Snapshot after, Node node) {
        if (Objects.equals(old.parentId(), node.parentId()) && Objects.equals(old.containment(), node.containment())) {
            return null;
        }
        Node from = old.parentId() == null ? null : before.node(old.parentId());
        Node to = node.parentId() == null ? null : after.node(node.parentId());
        return new Move(from == null ? null : Texts.name(from.object()), containment(from, old.containment()),
                to == null ? null : Texts.name(to.object()), containment(to, node.containment()));
    }

    private static String containment(Node parent, String feature) {
        if (parent == null || feature == null) {
            return null;
        }
        EStructuralFeature f = parent.object().eClass().getEStructuralFeature(feature);
        return f == null ? feature : Texts.feature(f);
    }

    /** The features whose value differs, in the order of the newer element's class. */
    static List<FeatureChange> features(Node old, Node node) {
        Set<String> names = new LinkedHashSet<>(node.values().keySet());
        names.addAll(old.values().keySet());
        List<FeatureChange> changes = new ArrayList<>();
        for (String name : names) {
            Value before = old.values().get(name);
            Value after = node.values().get(name);
            List<String> beforeKeys = before == null ? List.of() : before.keys();
            List<String> afterKeys = after == null ? List.of() : after.keys();
            if (beforeKeys.equals(afterKeys)) {
                continue;
            }
            EStructuralFeature feature = after != null ? after.feature() : before.feature();
            changes.add(new FeatureChange(name, Texts.feature(feature), feature.isMany(), beforeKeys, afterKeys,
                    before == null ? List.of() : before.texts(), after == null ? List.of() : after.texts()));
        }
        return changes;
    }
}
