package nl.bondgenoot.diagram.ui;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.bondgenoot.diagram.compare.OlderVersion;
import nl.bondgenoot.model.persistence.BondgenootResourceFactory;

/**
 * "Vergelijken met > Bestand… / Git-revisie…" on a model (selected in the Projectverkenner, or the model
 * editor's): asks for the older version and opens the compare map ({@link VergelijkkaartEditor}).
 */
public final class VergelijkHandlers {

    private VergelijkHandlers() {
    }

    /** Asks for the older version of the model; null when the user cancels. */
    private interface Ask {
        OlderVersion older(Shell shell, Path model);
    }

    private static Object open(ExecutionEvent event, Ask ask) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            return null;
        }
        Path model = OpenNetwerkkaartHandler.modelIn(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
        if (model == null) {
            MessageDialog.openInformation(window.getShell(), Messages.compare_menu, Messages.open_noModel);
            return null;
        }
        OlderVersion older = ask.older(window.getShell(), model);
        if (older == null) {
            return null;
        }
        try {
            window.getActivePage().openEditor(new VergelijkInput(model, older), VergelijkkaartEditor.ID);
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), Messages.compare_menu, NLS.bind(Messages.open_failed, model, e.getMessage()));
        }
        return null;
    }

    /** "Bestand…": another model file (a copy, an export of a colleague). */
    public static final class WithFile extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            return open(event, (shell, model) -> {
                FileDialog dialog = new FileDialog(shell, SWT.OPEN);
                dialog.setText(NLS.bind(Messages.compare_fileTitle, model.getFileName()));
                dialog.setFilterPath(model.getParent().toString());
                dialog.setFilterExtensions(new String[] { "*." + BondgenootResourceFactory.FILE_EXTENSION });
                String chosen = dialog.open();
                return chosen == null ? null : OlderVersion.ofFile(Path.of(chosen));
            });
        }
    }

    /** "Git-revisie…": the model as it was at a revision of the repository that holds it (HEAD: the last commit). */
    public static final class WithRevision extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            return open(event, (shell, model) -> {
                InputDialog dialog = new InputDialog(shell, Messages.compare_revisionTitle,
                        NLS.bind(Messages.compare_revisionPrompt, model.getFileName()), "HEAD",
                        text -> text == null || text.isBlank() ? Messages.compare_revisionEmpty : null);
                return dialog.open() == Window.OK ? OlderVersion.ofRevision(dialog.getValue().strip()) : null;
            });
        }
    }
}
