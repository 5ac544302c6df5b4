package nl.bondgenoot.agenda.ide.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code bondgenoot lsp} typed in a terminal waits silently for JSON-RPC, which looks like a hang.
 * When standard input is a terminal, standard error says what the process is and how an editor uses it.
 */
public final class StartedByHand {

    static final String EXPLANATION = """
            bondgenoot lsp: de taalserver voor agenda's (.agenda). Hij spreekt het Language Server Protocol
            (JSON-RPC) over standaardinvoer en -uitvoer en is bedoeld om door een editor gestart te worden,
            niet om met de hand te bedienen. Laat uw editor '/pad/naar/bondgenoot lsp' starten voor *.agenda-bestanden;
            het project is de dichtstbijzijnde map met bondgenoot.profiel of .project. Stoppen: Ctrl-D of Ctrl-C.
            """;

    private StartedByHand() {
    }

    /** Where Linux says the process's standard input comes from. */
    private static final Path STANDARD_INPUT = Path.of("/proc/self/fd/0");

    /** Explains the server on {@code err} when standard input is a terminal. */
    public static void explainIfInteractive(PrintStream err) {
        explainIfTerminal(STANDARD_INPUT, err);
    }

    /** Explains the server on {@code err} when the descriptor (a /proc/PID/fd/N link) leads to a terminal. */
    static void explainIfTerminal(Path descriptor, PrintStream err) {
        if (isTerminal(descriptor)) {
            err.print(EXPLANATION);
            err.flush();
        }
    }

    /** A terminal is a /dev/pts or /dev/tty device; a pipe, a file or /dev/null is not. */
    static boolean isTerminal(Path descriptor) {
        try {
            String source = Files.readSymbolicLink(descriptor).toString();
            return source.startsWith("/dev/pts/") || source.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
