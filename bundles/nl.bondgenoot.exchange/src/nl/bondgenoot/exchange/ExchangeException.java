package nl.bondgenoot.exchange;

import java.nio.file.Path;

/** A file that cannot be exported to or imported from; the message is Dutch and names the file. */
public class ExchangeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Path file;

    public ExchangeException(Path file, String reason) {
        this(file, reason, null);
    }

    public ExchangeException(Path file, String reason, Throwable cause) {
        super(reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** "bestand: reden", the line a user reads. */
    public String toUserMessage() {
        return file == null ? getMessage() : file + ": " + getMessage();
    }
}
