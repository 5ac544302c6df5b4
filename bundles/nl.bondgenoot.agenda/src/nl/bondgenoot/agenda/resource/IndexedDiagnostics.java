package nl.bondgenoot.agenda.resource;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * A resource's list of problems that keeps, beside the list, how often each problem is in it, so
 * that {@code contains}, {@code indexOf} and {@code remove(Object)} of a problem that is not there
 * cost nothing. The list itself, its order and its equality are unchanged.
 */
final class IndexedDiagnostics extends BasicEList<Resource.Diagnostic> {

    private static final long serialVersionUID = 1L;

    private final transient Map<Resource.Diagnostic, Integer> counts = new HashMap<>();

    @Override
    public boolean contains(Object object) {
        return object instanceof Resource.Diagnostic d && counts.containsKey(d);
    }

    @Override
    public int indexOf(Object object) {
        return contains(object) ? super.indexOf(object) : -1;
    }

    @Override
    public int lastIndexOf(Object object) {
        return contains(object) ? super.lastIndexOf(object) : -1;
    }

    @Override
    protected void didAdd(int index, Resource.Diagnostic added) {
        counts.merge(added, 1, Integer::sum);
    }

    @Override
    protected void didRemove(int index, Resource.Diagnostic removed) {
        counts.computeIfPresent(removed, (d, n) -> n == 1 ? null : n - 1);
    }

    @Override
    protected void didSet(int index, Resource.Diagnostic added, Resource.Diagnostic removed) {
        didRemove(index, removed);
        didAdd(index, added);
    }

    @Override
    protected void didClear(int size, Object[] oldObjects) {
        counts.clear();
    }
}
