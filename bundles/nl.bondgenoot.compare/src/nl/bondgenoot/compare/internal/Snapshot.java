package nl.bondgenoot.compare.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A model seen by element id, read generically from the EClasses (so a new feature of the metamodel
 * needs no code here). Every element with an id is a {@link Node}; what it holds without an id of its
 * own (a periode, lidmaatschappen, typeringen) belongs to its value, as do its attributes and its
 * references (by the ids they refer to). Features that are not saved (derived, transient) are left out.
 */
public final class Snapshot {

    /** One element with an id: where it stands (its container's id and feature) and its values by feature name. */
    public record Node(String id, EObject object, String parentId, String containment, Map<String, Value> values) {
    }

    /**
     * A feature's value as keys that compare (attribute values as saved, ids for references, a canonical
     * text for contained elements without id) and as texts users read; {@code objects} are the contained
     * elements of a containment value, or the elements a reference refers to.
     */
    public record Value(EStructuralFeature feature, List<String> keys, List<String> texts, List<EObject> objects) {
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();

    private Snapshot() {
    }

    public static Snapshot of(Resource resource) {
        Snapshot snapshot = new Snapshot();
        for (EObject root : resource.getContents()) {
            snapshot.visit(root, null, null);
        }
        return snapshot;
    }

    public Map<String, Node> nodes() {
        return nodes;
    }

    public Node node(String id) {
        return nodes.get(id);
    }

    public boolean contains(String id) {
        return nodes.containsKey(id);
    }

    private void visit(EObject object, String parentId, String containment) {
        String id = EcoreUtil.getID(object);
        Map<String, Value> values = values(object);
        nodes.put(id, new Node(id, object, parentId, containment, values));
        for (EReference reference : object.eClass().getEAllContainments()) {
            if (!isSaved(reference) || !identified(reference)) {
                continue;
            }
            for (EObject child : contents(object, reference)) {
                if (EcoreUtil.getID(child) != null) {
                    visit(child, id, reference.getName());
                }
            }
        }
    }

    /** Whether the feature's elements have ids of their own, so that each is a node. */
    public static boolean identified(EReference containment) {
        return containment.isContainment() && ((EClass) containment.getEType()).getEIDAttribute() != null;
    }

    /** Saved in the file: neither derived nor transient nor a container link. */
    public static boolean isSaved(EStructuralFeature feature) {
        return !feature.isDerived() && !feature.isTransient() && !(feature instanceof EReference r && r.isContainer());
    }

    /** The features that make an element's value: every saved feature except its id and its contained nodes. */
    public static List<EStructuralFeature> valueFeatures(EClass type) {
        List<EStructuralFeature> features = new ArrayList<>();
        for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
            if (isSaved(feature) && feature != type.getEIDAttribute() && !(feature instanceof EReference r && identified(r))) {
                features.add(feature);
            }
        }
        return features;
    }

    private static Map<String, Value> values(EObject object) {
        Map<String, Value> values = new LinkedHashMap<>();
        for (EStructuralFeature feature : valueFeatures(object.eClass())) {
            values.put(feature.getName(), value(object, feature));
        }
        return values;
    }

    public static Value value(EObject object, EStructuralFeature feature) {
        List<String> keys = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<EObject> objects = new ArrayList<>();
        if (object.eIsSet(feature)) {
            for (Object item : items(object, feature)) {
                if (feature instanceof EAttribute attribute) {
                    keys.add(EcoreUtil.convertToString(attribute.getEAttributeType(), item));
                    texts.add(Texts.attribute(attribute, item));
                } else if (((EReference) feature).isContainment()) {
                    EObject contained = (EObject) item;
                    keys.add(canonical(contained));
                    texts.add(Texts.unnamed(contained));
                    objects.add(contained);
                } else {
                    EObject target = (EObject) item;
                    keys.add(reference(target));
                    objects.add(target);
                    texts.add(target.eIsProxy() ? reference(target) : Texts.name(target).text());
                }
            }
        }
        return new Value(feature, keys, texts, objects);
    }

    /** The id a reference holds (an unresolved one: the id in its URI). */
    static String reference(EObject target) {
        String id = EcoreUtil.getID(target);
        return id != null ? id : ((org.eclipse.emf.ecore.InternalEObject) target).eProxyURI().fragment();
    }

    /** A contained element without id as one comparable text: its class and its saved values, nested. */
    static String canonical(EObject object) {
        StringBuilder key = new StringBuilder(object.eClass().getName()).append('{');
        String separator = "";
        for (EStructuralFeature feature : valueFeatures(object.eClass())) {
            if (object.eIsSet(feature)) {
                key.append(separator).append(feature.getName()).append('=').append(value(object, feature).keys());
                separator = ",";
            }
        }
        return key.append('}').toString();
    }

    @SuppressWarnings("unchecked")
    static List<Object> items(EObject object, EStructuralFeature feature) {
        Object value = object.eGet(feature);
        if (feature.isMany()) {
            return new ArrayList<>((EList<Object>) value);
        }
        return value == null ? List.of() : List.of(value);
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> contents(EObject object, EReference reference) {
        Object value = object.eGet(reference);
        if (reference.isMany()) {
            return (List<EObject>) value;
        }
        return value == null ? List.of() : List.of((EObject) value);
    }
}
