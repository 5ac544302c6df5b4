package nl.bondgenoot.diagram.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;

import nl.bondgenoot.diagram.notation.MapViews;
import nl.bondgenoot.diagram.notation.NotationException;
import nl.bondgenoot.diagram.notation.NotationFile;
import nl.bondgenoot.model.persistence.FileVersion;
import nl.bondgenoot.model.persistence.UnusableFileException;
import nl.bondgenoot.ui.project.ProjectExplorerView;

/**
 * The one way the workbench creates, renames, duplicates and deletes a view: the notation file is
 * changed atomically and nothing else (never the model file), and an open map of the model makes the
 * same change to the views it holds in memory, so that its next save keeps it. UI thread only.
 */
final class ViewChanges {

    private ViewChanges() {
    }

    /**
     * Applies the change; a refused change (a name in use, the last view) or a notation file that
     * cannot be read or written is said in a dialog, and then nothing is written.
     *
     * @return whether the change was made
     */
    static boolean apply(IWorkbenchPage page, Shell shell, Path model, NotationFile.ViewsChange change) {
        Path file = NotationFile.besides(model);
        try {
            MapViews onDisk = NotationFile.read(file);
            FileVersion read = onDisk.fileVersion();
            change.apply(onDisk);
            NotationFile.write(file, onDisk);
            NetwerkkaartEditor map = NetwerkkaartEditors.find(page, model);
            MapViews inMemory = map == null ? null : map.views();
            // the open map knew the file as it was read here: it takes the change and the new version along
            if (inMemory != null && inMemory.fileVersion().equals(read)) {
                change.apply(inMemory);
                inMemory.fileVersion(onDisk.fileVersion());
            }
        } catch (IllegalArgumentException e) {
            MessageDialog.openInformation(shell, Messages.views_title, NLS.bind(Messages.views_refused, e.getMessage()));
            return false;
        } catch (NotationException e) {
            MessageDialog.openError(shell, Messages.views_title, e.toUserMessage());
            return false;
        } catch (UnusableFileException e) {
            MessageDialog.openError(shell, Messages.views_title, NLS.bind(Messages.views_notWritten, e.toUserMessage()));
            return false;
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.views_title, NLS.bind(Messages.views_notWritten, file + ": " + e.getMessage()));
            return false;
        }
        if (page.findView(ProjectExplorerView.ID) instanceof ProjectExplorerView explorer) {
            explorer.refresh();
        }
        return true;
    }

    /** The views of the model as the notation file holds them, or null (said in a dialog) when it cannot be read. */
    static MapViews read(Shell shell, Path model) {
        try {
            return NotationFile.read(NotationFile.besides(model));
        } catch (NotationException e) {
            MessageDialog.openError(shell, Messages.views_title, e.toUserMessage());
            return null;
        }
    }
}
