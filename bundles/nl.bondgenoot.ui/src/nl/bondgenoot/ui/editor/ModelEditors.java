package nl.bondgenoot.ui.editor;

import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import nl.bondgenoot.agenda.ui.FileInputs;

/** Opens model files in the model editor, from the menu or a test. */
public final class ModelEditors {

    private ModelEditors() {
    }

    public static ModelEditor open(IWorkbenchPage page, Path file) throws PartInitException {
        return (ModelEditor) page.openEditor(FileInputs.of(file), ModelEditor.ID, true);
    }
}
