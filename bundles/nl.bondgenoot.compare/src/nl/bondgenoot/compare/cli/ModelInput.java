package nl.bondgenoot.compare.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;

import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;

/** Loads the models a compare command reads: each in a resource set of its own, with the Dutch load messages. */
public final class ModelInput {

    private ModelInput() {
    }

    public static Resource load(Path file) throws ModelLoadException {
        return ModelFiles.load(file).eResource();
    }

    /**
     * Loads a model from bytes (a Git revision), as if it were {@code shownAs}: written to a temporary
     * folder under its own name, so that every check and message of a normal load applies.
     */
    public static Resource load(byte[] content, Path shownAs) throws ModelLoadException, IOException {
        Path folder = Files.createTempDirectory("bondgenoot-diff");
        Path copy = folder.resolve(shownAs.getFileName());
        try {
            Files.write(copy, content);
            try {
                return ModelFiles.load(copy).eResource();
            } catch (ModelLoadException e) {
                throw new ModelLoadException(shownAs, e.getLine(), e.getMessage(), e);
            }
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(folder);
        }
    }
}
