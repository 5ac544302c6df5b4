package nl.bondgenoot.rules.engine;

import java.nio.file.Path;

/** A rule profile that cannot be read; the message is Dutch and names file and line. */
public class ProfileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final int line;

    public ProfileException(Path file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public Path getFile() {
        return file;
    }

    public int getLine() {
        return line;
    }

    public String toUserMessage() {
        return file + (line > 0 ? ":" + line : "") + ": " + getMessage();
    }
}
