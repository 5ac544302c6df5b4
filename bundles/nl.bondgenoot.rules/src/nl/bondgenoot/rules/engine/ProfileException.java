package nl.bondgenoot.rules.engine;

import java.nio.file.Path;

import nl.bondgenoot.model.persistence.UnreadableFileException;

/** A rule profile that cannot be read. */
public class ProfileException extends UnreadableFileException {

    private static final long serialVersionUID = 1L;

    public ProfileException(Path file, int line, String message) {
        super(file, line, message, null);
    }
}
