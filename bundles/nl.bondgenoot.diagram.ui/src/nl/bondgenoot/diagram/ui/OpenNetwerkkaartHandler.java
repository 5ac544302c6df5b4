package nl.bondgenoot.diagram.ui;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.bondgenoot.agenda.ui.FileInputs;
import nl.bondgenoot.diagram.notation.NotationFile;
import nl.bondgenoot.model.persistence.BondgenootResourceFactory;
import nl.bondgenoot.ui.editor.ModelEditor;
import nl.bondgenoot.ui.project.ModelView;

/**
 * "Netwerkkaart openen": the map of the model selected in the Projectverkenner (on the view selected
 * there), or else of the model in the active model editor.
 */
public class OpenNetwerkkaartHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            return null;
        }
        IWorkbenchPage page = window.getActivePage();
        ModelView view = ViewHandlers.selectedView(event);
        Path model = view != null ? view.model() : modelIn(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
        if (model == null) {
            MessageDialog.openInformation(window.getShell(), Messages.open_title, Messages.open_noModel);
            return null;
        }
        try {
            NetwerkkaartEditors.open(page, model, view == null ? null : view.name());
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), Messages.open_title, NLS.bind(Messages.open_failed, model, e.getMessage()));
        }
        return null;
    }

    /** The model file the user means: a selected model or map file, else the model editor's file. */
    static Path modelIn(ISelection selection, IEditorPart activeEditor) {
        if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof Path file
                && isModelOrMap(file)) {
            return NotationFile.modelOf(file);
        }
        if (activeEditor instanceof ModelEditor editor) {
            return FileInputs.fileOf(editor.getEditorInput());
        }
        return null;
    }

    private static boolean isModelOrMap(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith("." + BondgenootResourceFactory.FILE_EXTENSION) || name.endsWith("." + NotationFile.EXTENSION);
    }
}
