package nl.bondgenoot.diagram.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.bondgenoot.compare.ChangeKind;
import nl.bondgenoot.compare.ElementChange;
import nl.bondgenoot.compare.ModelDiff;

/**
 * The union of two versions of a model by element id, made in the newer version's resource (which is
 * never saved): every element of the newer, and each removed element copied back from the older into
 * the container it had there, with its references to elements of the union. A list value of an element
 * in both versions (a netwerk's leden) gets back the values the newer lost, so that a removed lid is
 * drawn as a removed line. Generic over the metamodel, as the diff is.
 */
final class UnionModel {

    private UnionModel() {
    }

    /** Adds to {@code newer} what only {@code older} has; returns the ids of the elements copied back. */
    static List<String> addRemoved(Resource older, Resource newer, ModelDiff diff) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier(true, false);
        List<String> copied = new ArrayList<>();
        for (ElementChange change : diff.changes()) {
            if (change.kind() != ChangeKind.REMOVED || newer.getEObject(change.id()) != null) {
                continue; // a removed element inside another removed one came back with it
            }
            EObject old = older.getEObject(change.id());
            EObject container = old == null || old.eContainer() == null ? null : newer.getEObject(EcoreUtil.getID(old.eContainer()));
            if (container == null) {
                continue;
            }
            EObject copy = copier.copy(old);
            dropKept(copy, newer);
            EReference containment = old.eContainmentFeature();
            if (containment.isMany()) {
                @SuppressWarnings("unchecked")
                EList<EObject> list = (EList<EObject>) container.eGet(containment);
                list.add(copy);
            } else if (container.eGet(containment) == null) {
                container.eSet(containment, copy);
            } else {
                continue;
            }
            copied.add(change.id());
        }
        for (Map.Entry<EObject, EObject> pair : copier.entrySet()) {
            referTo(pair.getKey(), pair.getValue(), newer);
        }
        restoreLostValues(older, newer, copier);
        return copied;
    }

    /** What the copy holds that the newer version still has elsewhere (moved out of it) stays where the newer has it. */
    private static void dropKept(EObject copy, Resource newer) {
        List<EObject> kept = new ArrayList<>();
        copy.eAllContents().forEachRemaining(child -> {
            String id = EcoreUtil.getID(child);
            if (id != null && newer.getEObject(id) != null) {
                kept.add(child);
            }
        });
        kept.forEach(EcoreUtil::remove);
    }

    /** The copy's references: to the union's element with the same id, left out when the union has none. */
    private static void referTo(EObject original, EObject copy, Resource union) {
        for (EReference reference : original.eClass().getEAllReferences()) {
            if (!copied(reference) || !original.eIsSet(reference)) {
                continue;
            }
            if (reference.isMany()) {
                addMissing(original, copy, reference, union);
            } else {
                EObject target = inUnion((EObject) original.eGet(reference), union);
                if (target != null) {
                    copy.eSet(reference, target);
                }
            }
        }
    }

    /** The list values of elements of both versions that only the older holds, added back at the end. */
    private static void restoreLostValues(Resource older, Resource union, EcoreUtil.Copier copier) {
        for (var it = older.getAllContents(); it.hasNext();) {
            EObject old = it.next();
            String id = EcoreUtil.getID(old);
            EObject kept = id == null || copier.containsKey(old) ? null : union.getEObject(id);
            if (kept == null || kept.eClass() != old.eClass()) {
                continue;
            }
            for (EReference reference : old.eClass().getEAllReferences()) {
                if (!reference.isMany() || !copied(reference)) {
                    continue;
                }
                addMissing(old, kept, reference, union);
            }
        }
    }

    /** The values of a list reference of {@code from}, as the union's elements, added to {@code to}'s list where it lacks them. */
    private static void addMissing(EObject from, EObject to, EReference reference, Resource union) {
        @SuppressWarnings("unchecked")
        EList<EObject> values = (EList<EObject>) to.eGet(reference);
        for (Object value : (List<?>) from.eGet(reference)) {
            EObject target = inUnion((EObject) value, union);
            if (target != null && !values.contains(target)) {
                values.add(target);
            }
        }
    }

    private static boolean copied(EStructuralFeature feature) {
        return feature instanceof EReference r && !r.isContainment() && !r.isContainer() && !r.isDerived() && !r.isTransient()
                && r.isChangeable();
    }

    private static EObject inUnion(EObject value, Resource union) {
        String id = value == null ? null : EcoreUtil.getID(value);
        return id == null ? null : union.getEObject(id);
    }
}
