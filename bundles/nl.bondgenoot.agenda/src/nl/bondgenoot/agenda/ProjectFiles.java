package nl.bondgenoot.agenda;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.LineTrackingResource;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;

/**
 * The two kinds of file of a project, read the same way by every front end (command line,
 * workbench): a model file (.bondgenoot) or an agenda (.agenda) becomes a Governancemodel, and an
 * element of either has the line where it starts.
 */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    public static Governancemodel load(Path file) throws ModelLoadException {
        return AgendaFiles.isAgenda(file) ? AgendaFiles.load(file) : ModelFiles.load(file);
    }

    /** The line where the element starts in its file, or 0 when unknown. */
    public static int lineOf(EObject element) {
        if (element == null) {
            return 0;
        }
        // Model files count lines while parsing; agendas know them through Xtext's node model.
        return element.eResource() instanceof LineTrackingResource lines ? lines.getLine(element) : AgendaFiles.lineOf(element);
    }
}
