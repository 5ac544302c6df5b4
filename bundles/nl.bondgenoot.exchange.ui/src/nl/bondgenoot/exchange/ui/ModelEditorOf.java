package nl.bondgenoot.exchange.ui;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.editor.ModelEditor;

/**
 * The model editor that import and export work on: the active one, else the one whose model the views
 * show (a network map or a view may be active); null when no model is open.
 */
final class ModelEditorOf {

    private ModelEditorOf() {
    }

    /**
     * The model editor a command works on (import, export); when there is none, says so in a dialog and
     * answers null.
     */
    static ModelEditor orSay(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            return null;
        }
        ModelEditor editor = page(window.getActivePage());
        if (editor == null) {
            MessageDialog.openInformation(window.getShell(), Messages.noModel_title, Messages.noModel);
        }
        return editor;
    }

    static ModelEditor page(IWorkbenchPage page) {
        if (page == null) {
            return null;
        }
        if (page.getActiveEditor() instanceof ModelEditor editor && editor.model() != null) {
            return editor;
        }
        for (IEditorReference reference : page.getEditorReferences()) {
            IEditorPart part = reference.getEditor(false);
            if (part instanceof ModelEditor editor && editor.model() != null
                    && editor.model() == BondgenootUi.session().model()) {
                return editor;
            }
        }
        return null;
    }
}
