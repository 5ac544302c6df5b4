package nl.bondgenoot.ui.table;

import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import nl.bondgenoot.representation.table.TableDescription;

/** Opens a table of a model in the workbench, from a menu or a test. */
public final class TableEditors {

    private TableEditors() {
    }

    public static TableEditor open(IWorkbenchPage page, Path modelFile, TableDescription table) throws PartInitException {
        return (TableEditor) page.openEditor(new TableEditorInput(modelFile, table.id(), table.naam()), TableEditor.ID, true);
    }
}
