package nl.bondgenoot.agenda.ide.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.workspace.FileProjectConfig;
import org.eclipse.xtext.workspace.FileSourceFolder;
import org.eclipse.xtext.workspace.IWorkspaceConfig;
import org.eclipse.xtext.workspace.WorkspaceConfig;

import com.google.inject.Inject;

import nl.bondgenoot.agenda.AgendaProject;
import nl.bondgenoot.model.project.ProjectFolder;

/**
 * The projects of the folders an editor opens, as the command line sees them ({@link ProjectFolder}):
 * a folder with several projects below it becomes several projects, and each agenda sees only the
 * names of its own project. Xtext gives a file to the deepest project that contains it.
 */
public class ProjectWorkspaceConfigs implements IMultiRootWorkspaceConfigFactory {

    /** Xtext's form of a file URI (file:///...), which the documents' URIs have too. */
    @Inject
    private UriExtensions uris;

    @Override
    public IWorkspaceConfig getWorkspaceConfig(List<WorkspaceFolder> workspaceFolders) {
        WorkspaceConfig workspace = new WorkspaceConfig();
        for (Path root : projectRoots(workspaceFolders)) {
            FileProjectConfig project = new FileProjectConfig(uris.toUri(root.toUri().toString()), root.toString(), workspace);
            project.getSourceFolders().add(new ProjectFiles(project));
            workspace.addProject(project);
        }
        return workspace;
    }

    /** Every project of the opened folders, each once. */
    static Set<Path> projectRoots(List<WorkspaceFolder> workspaceFolders) {
        Set<Path> roots = new LinkedHashSet<>();
        for (WorkspaceFolder folder : workspaceFolders) {
            if (folder == null || folder.getUri() == null) {
                continue;
            }
            try {
                roots.addAll(ProjectFolder.projectsIn(Path.of(java.net.URI.create(folder.getUri()))));
            } catch (IOException | IllegalArgumentException e) {
                // a folder that cannot be read or is no file URI holds no project
            }
        }
        return roots;
    }

    /** The model files and agendas of one project: nested projects are theirs, not this one's. */
    static final class ProjectFiles extends FileSourceFolder {

        private final Path root;

        ProjectFiles(FileProjectConfig project) {
            super(project, ".");
            root = Path.of(project.getPath().toFileString());
        }

        @Override
        public List<URI> getAllResources(IFileSystemScanner scanner) {
            List<URI> uris = new ArrayList<>();
            try {
                for (Path file : AgendaProject.filesIn(root)) {
                    scanner.scan(URI.createFileURI(file.toString()), uris::add); // the scanner's own URI form
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return uris;
        }
    }
}
