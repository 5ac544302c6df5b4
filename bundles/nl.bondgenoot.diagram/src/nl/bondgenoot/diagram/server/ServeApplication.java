package nl.bondgenoot.diagram.server;

import nl.bondgenoot.diagram.compare.CompareException;
import nl.bondgenoot.diagram.compare.CompareView;
import nl.bondgenoot.diagram.compare.OlderVersion;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.CountDownLatch;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import nl.bondgenoot.agenda.AgendaFiles;
import nl.bondgenoot.diagram.model.MapSize;
import nl.bondgenoot.diagram.notation.ReadOnlyViews;
import nl.bondgenoot.diagram.representations.DiagramRepresentations;
import nl.bondgenoot.launcher.CommandGuard;
import nl.bondgenoot.launcher.ExitCode;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;

/**
 * `bondgenoot serve FILE [--vergelijk OUD | --git REV]`: serves the network map of FILE (or FILE compared
 * with an older version) until the process is stopped.
 */
public class ServeApplication implements IApplication {

    private static final String USAGE = "Gebruik: bondgenoot serve BESTAND " + OlderVersion.USAGE;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        String[] given = args == null ? new String[0] : args;
        return CommandGuard.run("serve", given, System.err, () -> serve(given));
    }

    private int serve(String[] args) throws InterruptedException {
        OlderVersion older = null;
        if (args.length == 3 && !args[0].startsWith("-") && OlderVersion.isOption(args[1])) {
            try {
                older = OlderVersion.fromOption(args[1], args[2]);
            } catch (IllegalArgumentException e) {
                System.err.println("bondgenoot serve: " + e.getMessage());
                System.err.println(USAGE);
                return 2;
            }
        } else if (args.length != 1 || args[0].startsWith("-")) {
            System.err.println("bondgenoot serve: geef precies één modelbestand of agenda op"
                    + (args.length > 1 ? ", en om te vergelijken " + OlderVersion.USAGE : "") + ".");
            System.err.println(USAGE);
            return 2;
        }
        Path file = Path.of(args[0]).toAbsolutePath().normalize();
        if (older != null) {
            return serveCompared(args[0], file, older);
        }
        // Refuse an unreadable file, or one too large for the map, before anything listens.
        Optional<String> refused;
        try {
            refused = MapSize.problem(Path.of(args[0]), ReadOnlyViews.isReadOnly(file) ? AgendaFiles.load(file) : ModelFiles.load(file));
        } catch (ModelLoadException e) {
            refused = Optional.of(e.toUserMessage());
        } catch (OutOfMemoryError e) {
            refused = Optional.of(MapSize.outOfMemory(Path.of(args[0])));
        }
        if (refused.isPresent()) {
            System.err.println(refused.get());
            return 2;
        }
        return run(new DiagramServer(file), server -> {
            List<String> views = server.viewNames();
            List<String> lines = new java.util.ArrayList<>();
            lines.add((ReadOnlyViews.isReadOnly(file) ? views.get(0) : "Netwerkkaart") + " van " + args[0] + ": " + server.url());
            // the first view is the one the plain address shows; the others each have their own address
            for (String view : views.subList(1, views.size())) {
                lines.add("  weergave " + view + ": " + server.url(view));
            }
            return lines;
        });
    }

    /**
     * `serve NIEUW --vergelijk OUD` or `--git REV`: both versions read and compared before anything
     * listens (an unreadable one is refused with its file and line), then served, only shown.
     */
    private int serveCompared(String given, Path file, OlderVersion older) throws InterruptedException {
        CompareView compare;
        try {
            compare = CompareView.open(file, older, warning -> System.err.println("bondgenoot serve: waarschuwing: " + warning));
        } catch (CompareException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        return run(new DiagramServer(file, older), server -> List.of(compare.title() + ", van " + given + ": " + server.url()));
    }

    /** Starts the server, says its addresses and serves until the process is stopped. */
    private int run(DiagramServer server, Function<DiagramServer, List<String>> addresses) throws InterruptedException {
        try {
            server.start();
        } catch (Exception e) {
            System.err.println("bondgenoot serve: de diagramserver kon niet starten: " + e.getMessage());
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "bondgenoot-serve-stop"));
        // A plug-in's description with mistakes is left out; its author learns why (file:line: message).
        DiagramRepresentations.get().problems().forEach(System.err::println);
        try {
            addresses.apply(server).forEach(System.out::println);
            System.out.println("Alleen bereikbaar vanaf deze computer. Stoppen: Ctrl+C.");
            System.out.flush();
            stopped.await();
        } finally {
            server.shutdown(); // also when something fails: nothing keeps listening for a command that ended
        }
        return ExitCode.OK;
    }

    @Override
    public void stop() {
        stopped.countDown();
    }
}
