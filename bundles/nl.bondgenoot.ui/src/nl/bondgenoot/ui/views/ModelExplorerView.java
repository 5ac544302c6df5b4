package nl.bondgenoot.ui.views;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.ViewPart;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.Messages;
import nl.bondgenoot.ui.session.ModelSession;

/** "Modelverkenner": the open model as a tree, or a hint how to open one. */
public class ModelExplorerView extends ViewPart {

    public static final String ID = "nl.bondgenoot.ui.views.model";

    /** The tree is at most four levels deep (model, group, netwerk, lid): show all of it. */
    private static final int TREE_DEPTH = 4;

    private final ModelSession session = BondgenootUi.session();
    private final ModelSession.Listener listener = s -> refresh();
    private HintStack stack;
    private TreeViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        stack = new HintStack(parent, Messages.explorer_hint);
        viewer = new TreeViewer(stack.composite(), SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new ModelTreeContentProvider());
        viewer.setLabelProvider(new ModelTreeLabelProvider());
        getSite().setSelectionProvider(viewer);

        session.addListener(listener);
        refresh();
    }

    private void refresh() {
        if (stack == null || stack.isDisposed()) {
            return;
        }
        viewer.setInput(session.isOpen() ? session : null);
        if (session.isOpen()) {
            viewer.expandToLevel(TREE_DEPTH);
        }
        stack.show(viewer.getControl(), session.isOpen());
    }

    /** Selects the tree node of the element, or of the nearest container the tree shows. */
    public void reveal(EObject element) {
        EObject shown = element;
        while (shown != null && !(shown instanceof Actor || shown instanceof Netwerk || shown instanceof Governancemodel)) {
            shown = shown.eContainer();
        }
        if (shown != null) {
            viewer.setSelection(new StructuredSelection(shown), true);
        }
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    /** What the view shows right now: the tree, or the hint label. */
    public Control getVisibleControl() {
        return stack.visible();
    }

    @Override
    public void setFocus() {
        stack.setFocus();
    }

    @Override
    public void dispose() {
        session.removeListener(listener);
        super.dispose();
    }
}
