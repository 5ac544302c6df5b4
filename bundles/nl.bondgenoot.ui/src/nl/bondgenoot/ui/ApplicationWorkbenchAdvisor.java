package nl.bondgenoot.ui;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import nl.bondgenoot.ui.editor.FileEditors;

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
        // Exactly as the menu opens them: each file read once, by its editor; one that cannot be read
        // opens as that editor's error page (and is never written), a broken rule profile is said in
        // Bevindingen while the default rules judge.
        IWorkbenchPage page = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getActivePage();
        FileEditors.openAll(page, startupFiles);
    }
}
