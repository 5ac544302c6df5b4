package nl.bondgenoot.diagram.export;

import java.nio.file.Path;

/** An export that could not be made; the message is Dutch and, where there is one, names the file. */
public class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final int line;

    public ExportException(Path file, String reason, Throwable cause) {
        this(file, 0, reason, cause);
    }

    /** About one line of the file (a model that cannot be read); 0 when not about a line. */
    public ExportException(Path file, int line, String reason, Throwable cause) {
        super(reason, cause);
        this.file = file;
        this.line = line;
    }

    /** The file the problem is about, or null. */
    public Path file() {
        return file;
    }

    /** The line of the problem, or 0. */
    public int line() {
        return line;
    }

    /** "file:line: reason", "file: reason" or only the reason: the form the command line prints. */
    public String toUserMessage() {
        return file == null ? getMessage() : file + (line > 0 ? ":" + line : "") + ": " + getMessage();
    }
}
