package nl.bondgenoot.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import nl.bondgenoot.agenda.ui.FileInputs;
import nl.bondgenoot.model.persistence.FileChangedException;
import nl.bondgenoot.model.persistence.ReadOnlyFileException;
import nl.bondgenoot.model.persistence.UnusableFileException;
import nl.bondgenoot.ui.Messages;

/**
 * What the workbench does when a model's save is refused because the file changed on disk since it
 * was read (another `serve`, another program) or is read-only: a dialog with Herladen (read the
 * file again, dropping the unsaved changes), Opslaan als… (keep this version in a new file and open
 * that) and Annuleren (keep editing). Used by every editor of a {@link ModelDocument}.
 */
public final class SaveRefusal {

    private SaveRefusal() {
    }

    /** Handles a failed save; false when it was no refusal (the caller reports it as a failure). */
    public static boolean handle(IWorkbenchPage page, ModelDocument document, IOException problem) {
        if (!(problem instanceof FileChangedException) && !(problem instanceof ReadOnlyFileException)) {
            return false;
        }
        Shell shell = page.getWorkbenchWindow().getShell();
        String reason = ((UnusableFileException) problem).toUserMessage();
        boolean changed = problem instanceof FileChangedException;
        String[] buttons = changed ? new String[] { Messages.saveRefused_reload, Messages.saveRefused_saveAs, Messages.saveRefused_cancel }
                : new String[] { Messages.saveRefused_saveAs, Messages.saveRefused_cancel };
        MessageDialog dialog = new MessageDialog(shell, Messages.saveRefused_title, null,
                NLS.bind(changed ? Messages.saveRefused_changed : Messages.saveRefused_readOnly, reason), MessageDialog.WARNING,
                buttons.length - 1, buttons);
        int choice = dialog.open();
        String chosen = choice >= 0 && choice < buttons.length ? buttons[choice] : Messages.saveRefused_cancel;
        if (chosen.equals(Messages.saveRefused_reload)) {
            reopen(page, document, document.file());
        } else if (chosen.equals(Messages.saveRefused_saveAs)) {
            saveAs(page, shell, document);
        }
        return true;
    }

    private static void saveAs(IWorkbenchPage page, Shell shell, ModelDocument document) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.saveRefused_saveAs);
        dialog.setFilterExtensions(new String[] { "*.bondgenoot" });
        dialog.setFilterPath(document.file().getParent().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path copy = Path.of(chosen).toAbsolutePath().normalize();
        try {
            document.saveCopy(copy);
        } catch (IOException e) {
            String reason = e instanceof UnusableFileException unusable ? unusable.toUserMessage() : e.getMessage();
            MessageDialog.openError(shell, Messages.modelEditor_saveFailedTitle, NLS.bind(Messages.modelEditor_saveFailed, copy, reason));
            return;
        }
        reopen(page, document, copy);
    }

    /**
     * Closes every editor of the document without saving and opens the same editors on the file as
     * it is on disk (the same file: reload; the copy: save as), after the save that asked has ended.
     */
    private static void reopen(IWorkbenchPage page, ModelDocument document, Path file) {
        List<IEditorReference> references = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<IEditorInput> inputs = new ArrayList<>();
        for (IEditorReference reference : page.getEditorReferences()) {
            IEditorPart editor = reference.getEditor(false);
            if (editor != null && editor.getAdapter(ModelDocument.class) == document) {
                references.add(reference);
                ids.add(reference.getId());
                inputs.add(FileInputs.of(besides(FileInputs.fileOf(editor.getEditorInput()), document.file(), file)));
            }
        }
        Display.getCurrent().asyncExec(() -> {
            page.closeEditors(references.toArray(IEditorReference[]::new), false);
            for (int i = 0; i < ids.size(); i++) {
                try {
                    page.openEditor(inputs.get(i), ids.get(i), true);
                } catch (PartInitException e) {
                    MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.open_errorTitle,
                            NLS.bind(Messages.open_failed, FileInputs.fileOf(inputs.get(i)), e.getMessage()));
                }
            }
        });
    }

    /** An editor's file (the model, or its map's notation) moved from the model to another model file. */
    private static Path besides(Path editorFile, Path model, Path other) {
        if (editorFile.equals(model) || model.equals(other)) {
            return model.equals(other) ? editorFile : other;
        }
        String modelName = model.getFileName().toString();
        String base = modelName.substring(0, modelName.lastIndexOf('.'));
        String otherName = other.getFileName().toString();
        String otherBase = otherName.contains(".") ? otherName.substring(0, otherName.lastIndexOf('.')) : otherName;
        String name = editorFile.getFileName().toString();
        return other.resolveSibling(name.startsWith(base) ? otherBase + name.substring(base.length()) : name);
    }
}
