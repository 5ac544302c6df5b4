package nl.bondgenoot.ui.editor;

import java.util.function.Supplier;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;

/**
 * A model editor's selection for the rest of the workbench: what is selected in its view of the
 * model (the tree, the network map), or the model itself when nothing is. Eigenschappen then always shows an element (as Archi shows the
 * model's properties), never the platform's English "Properties are not available". Registered
 * with the site from the start; the view is attached when it exists (later for a model that is read
 * in the background), and attaching tells the listeners.
 */
public final class ModelSelectionProvider implements ISelectionProvider {

    private final Supplier<Object> model;
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private ISelectionProvider viewer;

    public ModelSelectionProvider(Supplier<Object> model) {
        this.model = model;
    }

    public void attach(ISelectionProvider view) {
        viewer = view;
        view.addSelectionChangedListener(event -> fire(orModel(event.getSelection())));
        fire(getSelection());
    }

    @Override
    public ISelection getSelection() {
        return orModel(viewer == null ? StructuredSelection.EMPTY : viewer.getSelection());
    }

    private ISelection orModel(ISelection selection) {
        return selection.isEmpty() && model.get() != null ? new StructuredSelection(model.get()) : selection;
    }

    private void fire(ISelection selection) {
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
    }

    @Override
    public void setSelection(ISelection selection) {
        if (viewer instanceof TreeViewer tree) {
            tree.setSelection(selection, true);
        } else if (viewer != null) {
            viewer.setSelection(selection);
        }
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }
}
