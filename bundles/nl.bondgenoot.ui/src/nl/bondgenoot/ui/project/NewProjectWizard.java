package nl.bondgenoot.ui.project;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;

import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.Messages;

/**
 * Bestand > Nieuw project…: a folder with a rule profile, empty or with the files of one of the
 * shipped examples; the new project opens in the Projectverkenner with its first agenda or model.
 */
public class NewProjectWizard extends Wizard {

    private final IWorkbenchPage page;
    private final NewProjectPage settings = new NewProjectPage();

    public NewProjectWizard(IWorkbenchPage page) {
        this.page = page;
        setWindowTitle(settings.getTitle());
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(settings);
    }

    public NewProjectPage settings() {
        return settings;
    }

    @Override
    public boolean performFinish() {
        Path folder = settings.folder();
        try {
            ProjectExplorerView.showNewProject(page, BondgenootUi.project().create(folder, settings.voorbeeld()));
            return true;
        } catch (IOException | org.eclipse.ui.PartInitException e) {
            settings.setErrorMessage(NLS.bind(Messages.project_createFailed, e.getMessage()));
            return false;
        }
    }
}
