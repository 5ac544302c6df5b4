package nl.bondgenoot.agenda.ide.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.bondgenoot.agenda.AgendaProject;
import nl.bondgenoot.model.project.ProjectFolder;

/**
 * The files on disk whose changes the server follows, whether the editor reports them or the server's
 * own {@link FileWatcher} sees them: the projects' model files and agendas, and the files that make a
 * folder a project ({@code bondgenoot.profiel}, which also holds the rule settings, and {@code .project}).
 */
final class WatchedFiles {

    private static final Set<String> PROJECT_MARKERS = Set.of(ProjectFolder.PROFILE_FILE_NAME, ProjectFolder.ECLIPSE_PROJECT_FILE);

    private WatchedFiles() {
    }

    /** The glob patterns an editor is asked to watch. */
    static List<String> globs() {
        List<String> globs = new ArrayList<>();
        AgendaProject.EXTENSIONS.stream().sorted().forEach(extension -> globs.add("**/*." + extension));
        PROJECT_MARKERS.stream().sorted().forEach(marker -> globs.add("**/" + marker));
        return globs;
    }

    /** Whether a change of the file matters; hidden files (a save's temporary file) do not, unless they mark a project. */
    static boolean wanted(Path file) {
        String name = String.valueOf(file.getFileName());
        return isProjectMarker(file) || !name.startsWith(".")
                && AgendaProject.EXTENSIONS.stream().anyMatch(extension -> name.endsWith("." + extension));
    }

    /** Whether the file makes its folder a project: created or deleted, the projects change. */
    static boolean isProjectMarker(Path file) {
        return PROJECT_MARKERS.contains(String.valueOf(file.getFileName()));
    }

    /** Whether the file is a rule profile: changed, the agendas below its folder are judged again. */
    static boolean isProfile(Path file) {
        return ProjectFolder.PROFILE_FILE_NAME.equals(String.valueOf(file.getFileName()));
    }
}
