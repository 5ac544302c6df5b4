package nl.bondgenoot.agenda.ui;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.FileStoreEditorInput;

import nl.bondgenoot.agenda.ui.editor.AgendaEditor;

/** Opens agenda files in the agenda editor, from the menu, the command line or a test. */
public final class AgendaEditors {

    private AgendaEditors() {
    }

    public static boolean isAgenda(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(".agenda");
    }

    public static AgendaEditor open(IWorkbenchPage page, Path file) throws PartInitException {
        FileStoreEditorInput input = new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(file.toAbsolutePath().toUri()));
        IEditorPart part = page.openEditor(input, AgendaEditor.ID, true);
        return (AgendaEditor) part;
    }
}
