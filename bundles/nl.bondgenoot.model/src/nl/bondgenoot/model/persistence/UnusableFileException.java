package nl.bondgenoot.model.persistence;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file Bondgenoot will not read or write as it is: not a regular file (a folder, FIFO, device),
 * too large, read-only, or changed on disk since it was read. The message is Dutch and says why,
 * without the file; {@link #toUserMessage()} names the file too.
 */
public class UnusableFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public UnusableFileException(Path file, String reason) {
        super(reason);
        this.file = file;
    }

    public Path getFile() {
        return file;
    }

    /** "file: reason", the form every front end shows. */
    public String toUserMessage() {
        return file + ": " + getMessage();
    }
}
