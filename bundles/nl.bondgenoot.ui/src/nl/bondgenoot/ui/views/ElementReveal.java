package nl.bondgenoot.ui.views;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import nl.bondgenoot.agenda.ui.editor.AgendaEditor;
import nl.bondgenoot.ui.editor.ModelEditor;

/**
 * Going from a row of a view (a finding, an actor's figures) to the element it is about: its name in
 * the agenda editor, its node in the model editor, otherwise its node in the Modelverkenner.
 */
public final class ElementReveal {

    private ElementReveal() {
    }

    /** Shows the element and gives its editor the focus (a double-click on a row). */
    public static void reveal(IWorkbenchPage page, EObject element) {
        show(page, element, true);
    }

    /** Selects the element where it is shown, leaving the focus in the view (a row selected). */
    public static void select(IWorkbenchPage page, EObject element) {
        show(page, element, false);
    }

    private static void show(IWorkbenchPage page, EObject element, boolean activate) {
        IEditorPart editor = page.getActiveEditor();
        if (editor instanceof AgendaEditor agenda && element.eResource() != null) {
            if (activate) {
                page.activate(agenda);
            }
            agenda.reveal(element);
            return;
        }
        if (editor instanceof ModelEditor model && model.model() != null && EcoreUtil.getRootContainer(element) == model.model()) {
            if (activate) {
                page.activate(model);
            }
            model.reveal(element);
            return;
        }
        try {
            ModelExplorerView explorer = (ModelExplorerView) (activate ? page.showView(ModelExplorerView.ID)
                    : page.showView(ModelExplorerView.ID, null, IWorkbenchPage.VIEW_VISIBLE));
            explorer.reveal(element);
        } catch (PartInitException e) {
            ILog.of(ElementReveal.class).error(e.getMessage(), e);
        }
    }
}
