package nl.bondgenoot.ui;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import nl.bondgenoot.agenda.ui.AgendaEditors;
import nl.bondgenoot.ui.editor.FileEditors;
import nl.bondgenoot.ui.editor.ModelEditor;

/** Workbench-wide lifecycle: the default perspective and the files to open at startup. */
class ApplicationWorkbenchAdvisor extends WorkbenchAdvisor {

    private final List<Path> startupFiles;

    ApplicationWorkbenchAdvisor(List<Path> startupFiles) {
        this.startupFiles = List.copyOf(startupFiles);
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        // No workspace and nothing to restore yet: every start shows the same, current layout.
        configurer.setSaveAndRestore(false);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return Perspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new ApplicationWorkbenchWindowAdvisor(configurer, startupFiles.isEmpty());
    }

    @Override
    public void postStartup() {
        // Opened only now, so that a load error dialog has a window to belong to: a model that cannot
        // be read (or whose rule profile cannot) is reported there; readable models and agendas open
        // in their editors, as the menu opens them (the agenda editor shows its own problems, a large
        // model is read by its editor in the background, with its error page if it cannot be read).
        IWorkbenchPage page = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getActivePage();
        for (Path file : startupFiles) {
            if (AgendaEditors.isAgenda(file) || ModelEditor.readsInBackground(file) || BondgenootUi.opener().open(file)) {
                FileEditors.open(page, file);
            }
        }
    }
}
