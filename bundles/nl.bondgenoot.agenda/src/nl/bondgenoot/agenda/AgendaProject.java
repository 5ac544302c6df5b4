package nl.bondgenoot.agenda;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.bondgenoot.model.persistence.BondgenootResourceFactory;
import nl.bondgenoot.model.project.ProjectFolder;

/**
 * The files an agenda's names may refer to: the model files and agendas of its project
 * ({@link ProjectFolder}, the one notion of project the command line, the language server and the
 * workbench share).
 */
public final class AgendaProject {

    /** The kinds of file of a project that the agenda language reads. */
    public static final Set<String> EXTENSIONS = Set.of(BondgenootResourceFactory.FILE_EXTENSION, AgendaFiles.FILE_EXTENSION);

    private AgendaProject() {
    }

    public static Path rootOf(Path agenda) {
        return ProjectFolder.of(agenda);
    }

    /** The model files and agendas of the project, the given agenda excluded, in a stable order. */
    public static List<Path> filesBeside(Path agenda) throws IOException {
        Path self = agenda.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(filesIn(rootOf(agenda)));
        files.remove(self);
        return files;
    }

    /** Every model file and agenda of the project in a folder, nested projects excluded, in a stable order. */
    public static List<Path> filesIn(Path root) throws IOException {
        return ProjectFolder.filesIn(root, EXTENSIONS);
    }
}
