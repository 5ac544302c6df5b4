package nl.bondgenoot.launcher;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The catch-all of every command: whatever a command throws, an {@link OutOfMemoryError} included,
 * ends in one Dutch line on standard error that names the file being processed and where the log
 * with the details is, and exit code {@link ExitCode#USAGE_OR_INPUT}; never a silent exit 0 and never
 * a stack trace on the terminal. The same in the fast launch and in the OSGi product.
 */
public final class CommandGuard {

    /** What a command does; its result is the exit code. */
    @FunctionalInterface
    public interface Command {
        int run() throws Exception;
    }

    private static volatile Path processing;

    private CommandGuard() {
    }

    /** Runs {@code command} (named {@code name} in messages, e.g. "validate") with its arguments. */
    public static int run(String name, String[] args, PrintStream err, Command command) {
        processing = null;
        try {
            return command.run();
        } catch (Throwable failure) { // everything: a CI job must never read a failure as success
            return report(name, args, err, failure);
        }
    }

    /** Names the file a command works on now, for the message should it fail (default: the files in its arguments). */
    public static void processing(Path file) {
        processing = file;
    }

    /** Says in one line that {@code failure} ended the command and logs the details; returns the exit code. */
    public static int report(String name, String[] args, PrintStream err, Throwable failure) {
        Path log = FailureLog.write(name, args, failure);
        err.println(message(name, subject(args), failure, log));
        err.flush();
        return ExitCode.USAGE_OR_INPUT;
    }

    static String message(String name, String subject, Throwable failure, Path log) {
        StringBuilder line = new StringBuilder("bondgenoot ").append(name).append(": interne fout");
        if (!subject.isEmpty()) {
            line.append(" bij het verwerken van ").append(subject);
        }
        line.append(" (").append(failure.getClass().getSimpleName());
        if (failure.getMessage() != null && !failure.getMessage().isBlank()) {
            line.append(": ").append(failure.getMessage().lines().findFirst().orElse(""));
        }
        line.append(")");
        if (failure instanceof OutOfMemoryError) {
            line.append("; het geheugen van Java is vol");
        }
        line.append(log != null ? "; de details staan in " + log
                : "; de details konden niet worden vastgelegd in " + StateFolder.log());
        return line.toString();
    }

    /** The file being processed, or else the files named in the arguments. */
    private static String subject(String[] args) {
        Path current = processing;
        if (current != null) {
            return current.toString();
        }
        List<String> files = new ArrayList<>();
        for (String a : args == null ? new String[0] : args) {
            try {
                if (!a.startsWith("-") && Files.exists(Path.of(a))) {
                    files.add(a);
                }
            } catch (InvalidPathException e) {
                // not a file name
            }
        }
        return String.join(", ", files);
    }
}
