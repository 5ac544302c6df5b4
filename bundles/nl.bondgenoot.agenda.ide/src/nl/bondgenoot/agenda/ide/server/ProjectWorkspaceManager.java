package nl.bondgenoot.agenda.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.IWorkspaceConfig;
import org.eclipse.xtext.workspace.WorkspaceConfig;

/**
 * Xtext's workspace, which can be told that the projects themselves changed (a {@code bondgenoot.profiel}
 * or {@code .project} appeared or vanished) and that files must be judged again without having changed
 * (their rule profile did).
 */
public class ProjectWorkspaceManager extends WorkspaceManager {

    /** Set while every project is let go, so that the next refresh reads each one anew. */
    private boolean forgetProjects;

    /**
     * Computes the projects of the opened folders again; when they differ from those served, every
     * project is read anew, because Xtext keeps a project it knows by name with the files it had, and
     * a project that gains or loses a nested project gains or loses files. Returns whether they differed.
     */
    boolean refreshProjects(CancelIndicator cancelIndicator) {
        if (names(createWorkspaceConfig()).equals(names(getWorkspaceConfig()))) {
            return false;
        }
        forgetProjects = true;
        try {
            refreshWorkspaceConfig(cancelIndicator);
        } finally {
            forgetProjects = false;
        }
        refreshWorkspaceConfig(cancelIndicator);
        return true;
    }

    @Override
    protected IWorkspaceConfig createWorkspaceConfig() {
        return forgetProjects ? new WorkspaceConfig() : super.createWorkspaceConfig();
    }

    private static Set<String> names(IWorkspaceConfig workspace) {
        return workspace.getProjects().stream().map(IProjectConfig::getName).collect(Collectors.toSet());
    }

    /** A build that judges the served files that pass the filter again (open documents with their unsaved text). */
    Buildable judgeAgain(Predicate<URI> which) {
        List<URI> files = new ArrayList<>();
        for (IResourceDescription description : getIndex().getAllResourceDescriptions()) {
            if (which.test(description.getURI())) {
                files.add(description.getURI());
            }
        }
        getOpenDocuments().keySet().stream().filter(which).filter(uri -> !files.contains(uri)).forEach(files::add);
        return files.isEmpty() ? Buildable.NO_BUILD : didChangeFiles(files, List.of());
    }
}
