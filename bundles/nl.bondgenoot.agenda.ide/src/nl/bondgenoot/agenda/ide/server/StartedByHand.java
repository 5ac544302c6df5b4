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

    /** Explains the server on {@code err} when standard input is a terminal. */
    public static void explainIfInteractive(PrintStream err) {
        if (stdinIsTerminal()) {
            err.print(EXPLANATION);
            err.flush();
        }
    }

    /** Linux says where standard input comes from; a terminal is a /dev/pts or /dev/tty device. */
    static boolean stdinIsTerminal() {
        try {
            String source = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
            return source.startsWith("/dev/pts/") || source.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
