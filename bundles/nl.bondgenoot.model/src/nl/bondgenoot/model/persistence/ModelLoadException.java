package nl.bondgenoot.model.persistence;

import java.nio.file.Path;

/** A model file that cannot be read as a Bondgenoot model. */
public class ModelLoadException extends UnreadableFileException {

    private static final long serialVersionUID = 1L;

    public ModelLoadException(Path file, int line, String message, Throwable cause) {
        super(file, line, message, cause);
    }
}
