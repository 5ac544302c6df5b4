package nl.bondgenoot.launcher;

import java.io.PrintStream;

/**
 * A command of {@code bondgenoot}, contributed at the extension point {@code nl.bondgenoot.cli.commands}
 * (schema in the cli bundle). The class is annotated with picocli's {@code @Command} (Dutch description)
 * and declares its options and arguments with {@code @Option} and {@code @Parameters}; the command line
 * fills those fields from the user's arguments, then calls {@link #run} inside {@link CommandGuard}, so
 * whatever it throws ends in one Dutch line. It lives here, beside {@link ExitCode} and
 * {@link CommandGuard}, because every command-owning bundle needs it and the cli bundle needs none of them.
 */
public interface CliCommand {

    /**
     * Runs the command with the fields picocli filled; what the user reads goes to {@code out} (binary
     * output such as a PNG too) and {@code err}. Returns an {@link ExitCode}.
     */
    int run(PrintStream out, PrintStream err) throws Exception;

    /**
     * Asks a command that runs until it is stopped (a server) to end, e.g. on Ctrl+C; called from another
     * thread. Commands that run to their end need not implement it.
     */
    default void stop() {
        // runs to its end
    }
}
