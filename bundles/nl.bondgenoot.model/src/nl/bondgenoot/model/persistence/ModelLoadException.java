package nl.bondgenoot.model.persistence;

import java.nio.file.Path;

/**
 * A model file that cannot be read as a Bondgenoot model. The message is Dutch, names the file
 * and, where known, the line; it is meant to be shown to the user as it is.
 */
public class ModelLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final int line;

    public ModelLoadException(Path file, int line, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    public Path getFile() {
        return file;
    }

    /** The line of the problem, or 0 when it is not about one line. */
    public int getLine() {
        return line;
    }

    /** "file:line: message" (or "file: message"), the form every front end prints. */
    public String toUserMessage() {
        return file + (line > 0 ? ":" + line : "") + ": " + getMessage();
    }
}
