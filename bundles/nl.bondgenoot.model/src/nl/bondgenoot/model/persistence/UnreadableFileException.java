package nl.bondgenoot.model.persistence;

import java.nio.file.Path;

/**
 * A file of the user's (a model, a rule profile) that cannot be used as it is. The message is
 * Dutch, names the file and, where known, the line; front ends show it as it is, never a stack trace.
 */
public abstract class UnreadableFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final int line;

    protected UnreadableFileException(Path file, int line, String message, Throwable cause) {
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
