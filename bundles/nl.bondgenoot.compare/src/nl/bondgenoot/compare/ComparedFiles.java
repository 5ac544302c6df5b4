package nl.bondgenoot.compare;

import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;

import nl.bondgenoot.model.persistence.BeoordelingFiles;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;

/**
 * The kinds of file diff compares by id, each loaded as its own load does: a model ({@code .bondgenoot})
 * or an assessment ({@code .beoordeling}, with its model, so that the actors it names are shown by name).
 */
public final class ComparedFiles {

    private ComparedFiles() {
    }

    public static Resource load(Path file) throws ModelLoadException {
        return BeoordelingFiles.isBeoordelingFile(file) ? BeoordelingFiles.load(file).eResource() : ModelFiles.load(file).eResource();
    }

    /**
     * A file whose neighbours may be missing (a version from Git, written to a folder of its own): an
     * assessment is read without its model, its references keep the model's ids.
     */
    public static Resource loadAlone(Path file) throws ModelLoadException {
        return BeoordelingFiles.isBeoordelingFile(file) ? BeoordelingFiles.loadUnresolved(file).eResource()
                : ModelFiles.load(file).eResource();
    }
}
