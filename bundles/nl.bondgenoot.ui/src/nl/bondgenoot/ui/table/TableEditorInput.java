package nl.bondgenoot.ui.table;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import nl.bondgenoot.ui.Messages;

/** One table of one model file: opening the same table of the same model again finds its editor. */
public final class TableEditorInput implements IEditorInput {

    private final Path modelFile;
    private final String tableId;
    private final String tableName;

    public TableEditorInput(Path modelFile, String tableId, String tableName) {
        this.modelFile = modelFile.toAbsolutePath().normalize();
        this.tableId = tableId;
        this.tableName = tableName;
    }

    public Path modelFile() {
        return modelFile;
    }

    public String tableId() {
        return tableId;
    }

    @Override
    public String getName() {
        return NLS.bind(Messages.table_title, tableName, modelFile.getFileName());
    }

    @Override
    public String getToolTipText() {
        return NLS.bind(Messages.table_title, tableName, modelFile);
    }

    @Override
    public boolean exists() {
        return false; // not in the list of recently opened files
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null; // the tab shows the editor's own icon
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TableEditorInput input && input.modelFile.equals(modelFile) && input.tableId.equals(tableId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(modelFile, tableId);
    }
}
