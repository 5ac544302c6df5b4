package nl.bondgenoot.ui.editor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;

/**
 * The model editor's selection for the rest of the workbench: what is selected in the tree, or the
 * model itself when nothing is. Eigenschappen then always shows an element (as Archi shows the
 * model's properties), never the platform's English "Properties are not available".
 */
final class ModelSelectionProvider implements ISelectionProvider {

    private final TreeViewer viewer;
    private final Supplier<Object> model;
    private final Map<ISelectionChangedListener, ISelectionChangedListener> wrapped = new ConcurrentHashMap<>();

    ModelSelectionProvider(TreeViewer viewer, Supplier<Object> model) {
        this.viewer = viewer;
        this.model = model;
    }

    @Override
    public ISelection getSelection() {
        return orModel(viewer.getSelection());
    }

    private ISelection orModel(ISelection selection) {
        return selection.isEmpty() && model.get() != null ? new StructuredSelection(model.get()) : selection;
    }

    @Override
    public void setSelection(ISelection selection) {
        viewer.setSelection(selection, true);
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        ISelectionChangedListener forwarding = event -> listener.selectionChanged(new SelectionChangedEvent(this, orModel(event.getSelection())));
        wrapped.put(listener, forwarding);
        viewer.addSelectionChangedListener(forwarding);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        ISelectionChangedListener forwarding = wrapped.remove(listener);
        if (forwarding != null) {
            viewer.removeSelectionChangedListener(forwarding);
        }
    }
}
