package nl.bondgenoot.ui.table;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.representation.table.TableDescription;
import nl.bondgenoot.diagram.representations.DiagramRepresentations;
import nl.bondgenoot.ui.Messages;
import nl.bondgenoot.ui.editor.ModelDocument;

/**
 * "Tabel openen ▸ Sturingsrelaties": the table (the command's parameter) of the model selected in the
 * Projectverkenner, or else of the model of the active editor (model editor, map or another table).
 */
public class OpenTableHandler extends AbstractHandler {

    public static final String COMMAND = "nl.bondgenoot.ui.commands.openTable";
    public static final String TABLE = "nl.bondgenoot.ui.commands.openTable.tabel";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            return null;
        }
        TableDescription table = DiagramRepresentations.get().findTable(String.valueOf(event.getParameter(TABLE))).orElse(null);
        Path model = modelIn(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
        if (table == null) {
            MessageDialog.openError(window.getShell(), Messages.table_openTitle, NLS.bind(Messages.table_noTable, event.getParameter(TABLE)));
            return null;
        }
        if (model == null) {
            MessageDialog.openInformation(window.getShell(), Messages.table_openTitle, Messages.table_openNoModel);
            return null;
        }
        try {
            TableEditors.open(window.getActivePage(), model, table);
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), Messages.table_openTitle, NLS.bind(Messages.open_failed, model, e.getMessage()));
        }
        return null;
    }

    /** The model file the user means: a model selected in the Projectverkenner, else the active editor's model. */
    static Path modelIn(ISelection selection, IEditorPart activeEditor) {
        if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof Path file
                && ModelFiles.isModelFile(file)) {
            return file;
        }
        ModelDocument document = activeEditor == null ? null : activeEditor.getAdapter(ModelDocument.class);
        return document == null ? null : document.file();
    }
}
