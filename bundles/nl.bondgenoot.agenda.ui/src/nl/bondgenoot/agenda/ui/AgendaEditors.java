package nl.bondgenoot.agenda.ui;

import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import nl.bondgenoot.agenda.ui.editor.AgendaEditor;

/** Opens agenda files in the agenda editor, from the menu, the command line or a test. */
public final class AgendaEditors {

    private AgendaEditors() {
    }

    public static boolean isAgenda(Path file) {
        return nl.bondgenoot.agenda.AgendaFiles.isAgenda(file);
    }

    public static AgendaEditor open(IWorkbenchPage page, Path file) throws PartInitException {
        return (AgendaEditor) page.openEditor(FileInputs.of(file), AgendaEditor.ID, true);
    }
}
