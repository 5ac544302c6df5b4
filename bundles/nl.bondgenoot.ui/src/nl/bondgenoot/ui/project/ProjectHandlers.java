package nl.bondgenoot.ui.project;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.Messages;

/** The Bestand menu's project commands: new project, open project, new model, new agenda. */
public final class ProjectHandlers {

    private ProjectHandlers() {
    }

    /** Bestand > Nieuw project… */
    public static class NewProject extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
            new WizardDialog(HandlerUtil.getActiveShellChecked(event), new NewProjectWizard(page)).open();
            return null;
        }
    }

    /** Bestand > Project openen… */
    public static class OpenProject extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            DirectoryDialog dialog = new DirectoryDialog(HandlerUtil.getActiveShellChecked(event));
            dialog.setText(Messages.project_openTitle);
            dialog.setMessage(Messages.project_openMessage);
            String chosen = dialog.open();
            if (chosen != null) {
                BondgenootUi.project().open(Path.of(chosen));
                showExplorer(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage());
            }
            return null;
        }
    }

    /** Bestand > Project valideren: every model and agenda of the project, as a cancellable job. */
    public static class ValidateProject extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            Path folder = BondgenootUi.project().folder();
            if (folder == null) {
                MessageDialog.openInformation(HandlerUtil.getActiveShellChecked(event), Messages.project_validate, Messages.project_none);
                return null;
            }
            try {
                ProjectFindingsView view = (ProjectFindingsView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                        .showView(ProjectFindingsView.ID);
                new ValidateProjectJob(folder, view::show).schedule();
            } catch (PartInitException e) {
                throw new ExecutionException(e.getMessage(), e);
            }
            return null;
        }
    }

    /** Bestand > Nieuw model… */
    public static class NewModel extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            createAndOpen(event, Messages.project_newModelTitle, Messages.project_newModelQuestion, true);
            return null;
        }
    }

    /** Bestand > Nieuwe agenda… */
    public static class NewAgenda extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            createAndOpen(event, Messages.project_newAgendaTitle, Messages.project_newAgendaQuestion, false);
            return null;
        }
    }

    private static void createAndOpen(ExecutionEvent event, String title, String question, boolean model) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        if (BondgenootUi.project().folder() == null) {
            MessageDialog.openInformation(shell, title, Messages.project_none);
            return;
        }
        InputDialog dialog = new InputDialog(shell, title, question, "", text -> text.isBlank() ? Messages.project_nameRequired : null);
        if (dialog.open() != Window.OK) {
            return;
        }
        try {
            Path file = model ? BondgenootUi.project().newModel(dialog.getValue()) : BondgenootUi.project().newAgenda(dialog.getValue());
            showExplorer(page).open(file);
        } catch (IOException e) {
            MessageDialog.openError(shell, title, NLS.bind(Messages.project_fileFailed, e.getMessage()));
        }
    }

    private static ProjectExplorerView showExplorer(IWorkbenchPage page) {
        try {
            ProjectExplorerView view = (ProjectExplorerView) page.showView(ProjectExplorerView.ID);
            view.refresh();
            return view;
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }
}
