package nl.bondgenoot.ui.editor;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import nl.bondgenoot.agenda.ui.AgendaEditors;
import nl.bondgenoot.agenda.ui.FileInputs;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.rules.engine.RuleProfile;
import nl.bondgenoot.ui.Messages;
import nl.bondgenoot.ui.profile.ProfileEditor;

/**
 * Opens a file in the editor for its kind (model, agenda, rule profile, network map): the one way for the menu,
 * the command line and the Projectverkenner. A model that cannot be read opens as its editor's error
 * page; a failure to open an editor at all is said in a dialog.
 */
public final class FileEditors {

    private FileEditors() {
    }

    /** Opens each file (the command line's files at start), the last one active. */
    public static void openAll(IWorkbenchPage page, List<Path> files) {
        for (Path file : files) {
            open(page, file);
        }
    }

    /** The editor now showing the file, or null when the file is of no kind Bondgenoot edits. */
    public static IEditorPart open(IWorkbenchPage page, Path file) {
        try {
            if (AgendaEditors.isAgenda(file)) {
                return AgendaEditors.open(page, file);
            }
            if (file.getFileName().toString().equals(RuleProfile.FILE_NAME)) {
                return page.openEditor(FileInputs.of(file), ProfileEditor.ID);
            }
            if (ModelFiles.isModelFile(file)) {
                return ModelEditors.open(page, file);
            }
            // Kinds that other bundles edit (the network map's *.netwerkkaart): their declared editor.
            IEditorDescriptor editor = PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor(file.getFileName().toString());
            return editor == null ? null : page.openEditor(FileInputs.of(file), editor.getId());
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.open_errorTitle,
                    NLS.bind(Messages.open_failed, file, e.getMessage()));
            return null;
        }
    }
}
