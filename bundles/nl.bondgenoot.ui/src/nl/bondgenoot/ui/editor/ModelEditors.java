package nl.bondgenoot.ui.editor;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.FileStoreEditorInput;

/** Opens model files in the model editor, from the menu or a test. */
public final class ModelEditors {

    private ModelEditors() {
    }

    public static ModelEditor open(IWorkbenchPage page, Path file) throws PartInitException {
        FileStoreEditorInput input = new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(file.toAbsolutePath().toUri()));
        return (ModelEditor) page.openEditor(input, ModelEditor.ID, true);
    }
}
