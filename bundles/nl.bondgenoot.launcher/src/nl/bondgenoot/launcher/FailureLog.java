package nl.bondgenoot.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;

/** Appends the stack trace of an internal error to the log in the state folder; the user reads one line. */
final class FailureLog {

    /** Beyond this size the log is moved aside (one old generation is kept). */
    private static final long MAX_BYTES = 1_000_000;

    private FailureLog() {
    }

    /** Writes the entry; returns the log's path, or {@code null} when it could not be written. */
    static Path write(String command, String[] args, Throwable failure) {
        Path log = StateFolder.log();
        StringWriter text = new StringWriter();
        PrintWriter w = new PrintWriter(text);
        w.println(OffsetDateTime.now() + " bondgenoot " + command + " " + String.join(" ", args));
        failure.printStackTrace(w);
        w.println();
        w.flush();
        try {
            Files.createDirectories(log.getParent());
            if (Files.isRegularFile(log) && Files.size(log) > MAX_BYTES) {
                Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(log, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            return log;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
