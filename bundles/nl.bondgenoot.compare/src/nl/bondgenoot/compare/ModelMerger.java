package nl.bondgenoot.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.bondgenoot.compare.internal.Snapshot;
import nl.bondgenoot.compare.internal.Snapshot.Node;
import nl.bondgenoot.compare.internal.Snapshot.Value;
import nl.bondgenoot.compare.internal.Texts;

/**
 * Three-way merge of a model by element id: the changes of theirs (from base) are made in ours.
 * <ul>
 * <li>Changes to different elements, or to different features of one element, all land.</li>
 * <li>One feature changed to different values on both sides is a {@link Conflict}: ours is kept.
 * A list value (leden, deelt) changed on both sides is merged item by item instead ({@link ListMerge}):
 * what either side added is there (once), what either removed is gone.</li>
 * <li>Elements theirs added are added where they stand on their side (after their previous sibling,
 * behind what ours added there); in an element ours removed they cannot land: a conflict.</li>
 * <li>Removed by one side and changed by the other: a conflict, and ours is kept (so an element ours
 * removed stays removed, one ours changed stays). An element theirs removed while ours still refers
 * to it (ours added the reference) is kept too, with a conflict; a reference theirs added to an
 * element ours removed is left out, with a conflict. The result never refers to a missing element.</li>
 * <li>Moved by both sides to different places: a conflict, ours kept.</li>
 * </ul>
 * Ours is changed in place; saving it is the caller's (the same save as every other).
 */
public final class ModelMerger {

    private final Snapshot base;
    private final Snapshot ours;
    private final Snapshot theirs;
    private final Map<String, EObject> byId = new HashMap<>();
    private final List<Conflict> conflicts = new ArrayList<>();
    private int taken;

    private ModelMerger(Resource base, Resource ours, Resource theirs) {
        this.base = Snapshot.of(base);
        this.ours = Snapshot.of(ours);
        this.theirs = Snapshot.of(theirs);
        this.ours.nodes().forEach((id, node) -> byId.put(id, node.object()));
    }

    /** Merges the changes of {@code theirs} since {@code base} into {@code ours} (changed in place). */
    public static MergeResult merge(Resource base, Resource ours, Resource theirs) {
        ModelMerger merger = new ModelMerger(base, ours, theirs);
        merger.run();
        return new MergeResult(merger.taken, List.copyOf(merger.conflicts));
    }

    private void run() {
        List<Node> added = addTheirs();
        for (Node node : added) {
            setValues(byId.get(node.id()), node);
        }
        for (Node their : theirs.nodes().values()) {
            Node old = base.node(their.id());
            Node our = ours.node(their.id());
            if (our == null) {
                continue;
            }
            if (old == null && added.stream().noneMatch(n -> n.id().equals(their.id()))) {
                mergeValues(empty(our), our, their); // both added the same element
            } else if (old != null) {
                move(old, our, their);
                mergeValues(old, our, their);
            }
        }
        removedByOurs();
        removeTheirs();
    }

    private static Node empty(Node node) {
        return new Node(node.id(), node.object(), node.parentId(), node.containment(), Map.of());
    }

    /** Adds what only theirs has, parents before children; returns the nodes added. */
    private List<Node> addTheirs() {
        List<Node> added = new ArrayList<>();
        Set<String> failed = new HashSet<>();
        for (Node their : theirs.nodes().values()) {
            if (base.contains(their.id()) || ours.contains(their.id())) {
                continue;
            }
            EObject parent = their.parentId() == null ? null : byId.get(their.parentId());
            if (parent == null) {
                if (!failed.contains(their.parentId())) { // a child of an element that could not land: said there
                    Node theirParent = theirs.node(their.parentId());
                    conflicts.add(new Conflict(Texts.name(their.object()), null, null, null, "door hen toegevoegd in "
                            + (theirParent == null ? "een element" : Texts.name(theirParent.object()).text())
                            + ", dat wij verwijderden; niet overgenomen"));
                }
                failed.add(their.id());
                continue;
            }
            EReference containment = (EReference) parent.eClass().getEStructuralFeature(their.containment());
            EObject copy = EcoreUtil.create(their.object().eClass());
            EcoreUtil.setID(copy, their.id());
            if (!insert(parent, containment, copy, their)) {
                conflicts.add(new Conflict(Texts.name(their.object()), Texts.feature(containment), null, null,
                        "beide kanten vulden dit anders; wij gehouden"));
                failed.add(their.id());
                continue;
            }
            byId.put(their.id(), copy);
            added.add(their);
            taken++;
        }
        return added;
    }

    @SuppressWarnings("unchecked")
    private boolean insert(EObject parent, EReference containment, EObject copy, Node their) {
        if (!containment.isMany()) {
            if (parent.eGet(containment) != null) {
                return false;
            }
            parent.eSet(containment, copy);
            return true;
        }
        EList<EObject> list = (EList<EObject>) parent.eGet(containment);
        EObject theirParent = theirs.node(their.parentId()).object();
        List<EObject> theirList = (List<EObject>) theirParent.eGet(theirParent.eClass().getEStructuralFeature(their.containment()));
        int at = 0;
        for (EObject sibling : theirList) {
            String id = EcoreUtil.getID(sibling);
            if (id.equals(their.id())) {
                break;
            }
            EObject ourSibling = byId.get(id);
            if (ourSibling != null && list.contains(ourSibling)) {
                at = list.indexOf(ourSibling) + 1;
            }
        }
        while (at < list.size() && !base.contains(EcoreUtil.getID(list.get(at)))) {
            at++; // behind what ours added at the same place
        }
        list.add(at, copy);
        return true;
    }

    /** Moves an element theirs moved (when ours left it in place). */
    @SuppressWarnings("unchecked")
    private void move(Node old, Node our, Node their) {
        boolean theirsMoved = !same(old, their);
        if (!theirsMoved || same(our, their)) {
            return;
        }
        if (!same(old, our)) {
            conflicts.add(new Conflict(Texts.name(our.object()), null, where(ours, our), where(theirs, their),
                    "beide kanten verplaatsten het element, elk ergens anders heen; wij gehouden"));
            return;
        }
        EObject parent = byId.get(their.parentId());
        if (parent == null || !(parent.eClass().getEStructuralFeature(their.containment()) instanceof EReference containment)) {
            conflicts.add(new Conflict(Texts.name(our.object()), null, where(ours, our), where(theirs, their),
                    "door hen verplaatst naar een element dat wij verwijderden; wij gehouden"));
            return;
        }
        EObject object = our.object();
        if (containment.isMany()) {
            ((EList<EObject>) parent.eGet(containment)).add(object);
        } else if (parent.eGet(containment) == null) {
            parent.eSet(containment, object);
        } else {
            conflicts.add(new Conflict(Texts.name(our.object()), null, where(ours, our), where(theirs, their),
                    "door hen verplaatst naar een plaats die wij anders vulden; wij gehouden"));
            return;
        }
        taken++;
    }

    private static boolean same(Node a, Node b) {
        return Objects.equals(a.parentId(), b.parentId()) && Objects.equals(a.containment(), b.containment());
    }

    private static String where(Snapshot snapshot, Node node) {
        Node parent = node.parentId() == null ? null : snapshot.node(node.parentId());
        return parent == null ? "(geen)" : "in " + Texts.name(parent.object()).text();
    }

    /** Makes the feature changes of theirs in ours; a feature both changed otherwise is a conflict. */
    private void mergeValues(Node old, Node our, Node their) {
        for (Map.Entry<String, Value> entry : their.values().entrySet()) {
            String name = entry.getKey();
            Value theirValue = entry.getValue();
            List<String> b = keys(old, name);
            List<String> o = keys(our, name);
            List<String> t = theirValue.keys();
            if (t.equals(b) || t.equals(o)) {
                continue; // nothing of theirs to take
            }
            EStructuralFeature feature = our.object().eClass().getEStructuralFeature(name);
            if (feature == null) {
                continue;
            }
            List<String> result;
            ThreeWay.Outcome<List<String>> outcome = ThreeWay.value(b, o, t);
            if (!outcome.conflict()) {
                result = outcome.value();
            } else if (feature.isMany()) {
                result = ThreeWay.list(b, o, t);
            } else {
                conflicts.add(new Conflict(Texts.name(our.object()), Texts.feature(feature),
                        FeatureChange.shown(our.values().get(name).texts()), FeatureChange.shown(theirValue.texts()),
                        "beide kanten wijzigden dit, elk anders; wij gehouden"));
                continue;
            }
            set(our.object(), feature, result, theirValue, our.values().get(name));
            taken++;
        }
    }

    private static List<String> keys(Node node, String name) {
        Value value = node.values().get(name);
        return value == null ? List.of() : value.keys();
    }

    /** An added element's values, all from theirs. */
    private void setValues(EObject object, Node their) {
        for (Map.Entry<String, Value> entry : their.values().entrySet()) {
            EStructuralFeature feature = object.eClass().getEStructuralFeature(entry.getKey());
            if (!entry.getValue().keys().isEmpty()) {
                set(object, feature, entry.getValue().keys(), entry.getValue(), null);
            }
        }
    }

    /** Sets the feature to the values with these keys, taken from ours where ours has them, else from theirs. */
    @SuppressWarnings("unchecked")
    private void set(EObject object, EStructuralFeature feature, List<String> keys, Value theirValue, Value ourValue) {
        List<Object> values = new ArrayList<>();
        for (String key : keys) {
            Object value = value(object, feature, key, theirValue, ourValue);
            if (value != null) {
                values.add(value);
            }
        }
        if (feature.isMany()) {
            EList<Object> list = (EList<Object>) object.eGet(feature);
            list.clear();
            list.addAll(values);
        } else if (values.isEmpty()) {
            object.eUnset(feature);
        } else {
            object.eSet(feature, values.get(0));
        }
    }

    private Object value(EObject object, EStructuralFeature feature, String key, Value theirValue, Value ourValue) {
        if (feature instanceof EAttribute attribute) {
            return EcoreUtil.createFromString(attribute.getEAttributeType(), key);
        }
        EReference reference = (EReference) feature;
        if (reference.isContainment()) {
            if (ourValue != null && ourValue.keys().contains(key)) {
                return ourValue.objects().get(ourValue.keys().indexOf(key));
            }
            return copy(theirValue.objects().get(theirValue.keys().indexOf(key)));
        }
        EObject target = byId.get(key);
        // A reference into another file (an assessment's model) is no element of ours: kept by its URI.
        if (target == null && ourValue != null && ourValue.keys().contains(key)
                && !inOurs(ourValue.objects().get(ourValue.keys().indexOf(key)))) {
            return ourValue.objects().get(ourValue.keys().indexOf(key));
        }
        if (target == null && theirValue != null && theirValue.keys().contains(key)
                && !inTheirs(theirValue.objects().get(theirValue.keys().indexOf(key)))) {
            return elsewhere(theirValue.objects().get(theirValue.keys().indexOf(key)));
        }
        if (target == null) {
            conflicts.add(new Conflict(Texts.name(object), Texts.feature(feature), null,
                    theirValue.texts().get(theirValue.keys().indexOf(key)),
                    "door hen gezet naar een element dat wij verwijderden; weggelaten"));
        }
        return target;
    }

    private boolean inOurs(EObject target) {
        return !target.eIsProxy() && byId.get(EcoreUtil.getID(target)) == target;
    }

    private boolean inTheirs(EObject target) {
        return !target.eIsProxy() && theirs.node(EcoreUtil.getID(target)) != null;
    }

    /** A reference into another file than the merged one: a proxy with the same URI, resolved when ours is used. */
    private static EObject elsewhere(EObject target) {
        EObject proxy = EcoreUtil.create(target.eClass());
        ((org.eclipse.emf.ecore.InternalEObject) proxy).eSetProxyURI(EcoreUtil.getURI(target));
        return proxy;
    }

    /** A copy of a contained element without id of theirs, its references turned to ours. */
    private EObject copy(EObject theirs) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier() {
            @Override
            public EObject get(Object key) {
                EObject copied = super.get(key);
                if (copied == null && key instanceof EObject target && EcoreUtil.getID(target) != null) {
                    return byId.get(EcoreUtil.getID(target));
                }
                return copied;
            }
        };
        EObject copy = copier.copy(theirs);
        copier.copyReferences();
        return copy;
    }

    /** Elements ours removed that theirs changed: ours kept (removed), theirs listed. */
    private void removedByOurs() {
        for (Node old : base.nodes().values()) {
            Node their = theirs.node(old.id());
            if (ours.contains(old.id()) || their == null) {
                continue;
            }
            if (!same(old, their) || !ModelComparer.features(old, their).isEmpty()) {
                conflicts.add(new Conflict(Texts.name(their.object()), null, "verwijderd", "gewijzigd",
                        "wij verwijderden het, zij wijzigden het; verwijderd gehouden"));
            }
        }
    }

    /** Removes what theirs removed, unless ours changed it or still refers to it. */
    private void removeTheirs() {
        Map<String, EObject> removals = new LinkedHashMap<>();
        for (Node old : base.nodes().values()) {
            Node our = ours.node(old.id());
            if (our == null || theirs.contains(old.id()) || removals.containsKey(old.parentId())) {
                continue;
            }
            if (changedByOurs(old, our)) {
                conflicts.add(new Conflict(Texts.name(our.object()), null, "gewijzigd", "verwijderd",
                        "zij verwijderden het, wij wijzigden het; gehouden"));
                continue;
            }
            if (changedInside(our.object())) { // what is inside says so itself where ours changed it
                conflicts.add(new Conflict(Texts.name(our.object()), null, "erin gewijzigd", "verwijderd",
                        "zij verwijderden het, wij wijzigden iets erin; gehouden"));
                continue;
            }
            removals.put(old.id(), our.object());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            Set<EObject> removed = new HashSet<>();
            removals.values().forEach(root -> root.eAllContents().forEachRemaining(removed::add));
            removed.addAll(removals.values());
            Map<EObject, java.util.Collection<EStructuralFeature.Setting>> references = removals.isEmpty() ? Map.of()
                    : EcoreUtil.CrossReferencer.find(List.of(removals.values().iterator().next().eResource()));
            for (Map.Entry<String, EObject> entry : new ArrayList<>(removals.entrySet())) {
                EObject referrer = referrer(entry.getValue(), removed, references);
                if (referrer != null) {
                    conflicts.add(new Conflict(Texts.name(entry.getValue()), null, null, null, "zij verwijderden het, maar "
                            + Texts.name(referrer).text() + " verwijst er bij ons naar; gehouden"));
                    removals.remove(entry.getKey());
                    changed = true;
                    break;
                }
            }
        }
        for (EObject object : removals.values()) {
            EcoreUtil.remove(object);
            taken++;
        }
    }

    private static boolean changedByOurs(Node old, Node our) {
        return !same(old, our) || !ModelComparer.features(old, our).isEmpty();
    }

    /** Whether ours added, moved or changed anything inside the element: removing it would lose that. */
    private boolean changedInside(EObject object) {
        for (TreeIterator<EObject> it = object.eAllContents(); it.hasNext();) {
            String id = EcoreUtil.getID(it.next());
            if (id == null) {
                continue;
            }
            Node old = base.node(id);
            if (old == null || changedByOurs(old, ours.node(id))) {
                return true;
            }
        }
        return false;
    }

    /** An element that stays and refers to one of the removed ones (or its contents); null if none does. */
    private static EObject referrer(EObject root, Set<EObject> removed,
            Map<EObject, java.util.Collection<EStructuralFeature.Setting>> references) {
        Set<EObject> targets = new HashSet<>();
        targets.add(root);
        root.eAllContents().forEachRemaining(targets::add);
        for (Map.Entry<EObject, java.util.Collection<EStructuralFeature.Setting>> entry : references.entrySet()) {
            if (!targets.contains(entry.getKey())) {
                continue;
            }
            for (EStructuralFeature.Setting setting : entry.getValue()) {
                EObject from = setting.getEObject();
                if (!removed.contains(from) && Snapshot.isSaved(setting.getEStructuralFeature())) {
                    EObject named = from;
                    while (named != null && EcoreUtil.getID(named) == null) {
                        named = named.eContainer();
                    }
                    return named != null ? named : from;
                }
            }
        }
        return null;
    }
}
