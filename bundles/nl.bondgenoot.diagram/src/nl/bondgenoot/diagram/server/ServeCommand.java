package nl.bondgenoot.diagram.server;

import nl.bondgenoot.diagram.compare.CompareException;
import nl.bondgenoot.diagram.compare.CompareView;
import nl.bondgenoot.diagram.compare.OlderVersion;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.CountDownLatch;

import java.util.ArrayList;

import nl.bondgenoot.agenda.AgendaFiles;
import nl.bondgenoot.diagram.model.MapSize;
import nl.bondgenoot.diagram.notation.ReadOnlyViews;
import nl.bondgenoot.diagram.representations.DiagramRepresentations;
import nl.bondgenoot.launcher.CliCommand;
import nl.bondgenoot.launcher.ExitCode;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `bondgenoot serve FILE [--vergelijk OUD | --git REV]`: serves the network map of FILE (or FILE compared
 * with an older version) until the process is stopped.
 */
@Command(description = "de netwerkkaart van BESTAND in de browser, om te bekijken en te bewerken; met het adres van elke"
        + " weergave van het model; van een agenda (.agenda) de agendaketen, alleen-lezen, die het bestand volgt; met"
        + " --vergelijk OUD of --git REVISIE: BESTAND en een oudere versie samen op de kaart, alleen-lezen: toegevoegd,"
        + " verwijderd (vervaagd) en gewijzigd gemarkeerd, op de plaatsen van BESTAND; alleen bereikbaar vanaf deze"
        + " computer (127.0.0.1, met een toegangssleutel in het adres)", customSynopsis = ServeCommand.SYNOPSIS)
public class ServeCommand implements CliCommand {

    static final String SYNOPSIS = "bondgenoot serve BESTAND " + OlderVersion.USAGE;
    private static final String USAGE = "Gebruik: " + SYNOPSIS;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private PrintStream out = System.out;
    private PrintStream err = System.err;

    @Parameters(paramLabel = "BESTAND", arity = "0..*", description = "het model (.bondgenoot) of de agenda (.agenda)")
    private List<String> files = new ArrayList<>();

    @Option(names = OlderVersion.FILE_OPTION, paramLabel = "OUD", description = "BESTAND vergeleken met deze oudere versie")
    private String compareFile;

    @Option(names = OlderVersion.GIT_OPTION, paramLabel = "REVISIE", description = "BESTAND vergeleken met zijn versie in deze Git-revisie")
    private String gitRevision;

    @Override
    public int run(PrintStream out, PrintStream err) throws InterruptedException {
        this.out = out;
        this.err = err;
        OlderVersion older = null;
        boolean comparing = compareFile != null || gitRevision != null;
        if (files.size() != 1 || (compareFile != null && gitRevision != null)) {
            err.println("bondgenoot serve: geef precies één modelbestand of agenda op"
                    + (files.size() > 1 || comparing ? ", en om te vergelijken " + OlderVersion.USAGE : "") + ".");
            err.println(USAGE);
            return 2;
        }
        if (comparing) {
            try {
                older = compareFile != null ? OlderVersion.fromOption(OlderVersion.FILE_OPTION, compareFile)
                        : OlderVersion.fromOption(OlderVersion.GIT_OPTION, gitRevision);
            } catch (IllegalArgumentException e) {
                err.println("bondgenoot serve: " + e.getMessage());
                err.println(USAGE);
                return 2;
            }
        }
        String[] args = files.toArray(String[]::new);
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
            err.println(refused.get());
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
            compare = CompareView.open(file, older, warning -> err.println("bondgenoot serve: waarschuwing: " + warning));
        } catch (CompareException e) {
            err.println(e.getMessage());
            return 2;
        }
        return run(new DiagramServer(file, older), server -> List.of(compare.title() + ", van " + given + ": " + server.url()));
    }

    /** Starts the server, says its addresses and serves until the process is stopped. */
    private int run(DiagramServer server, Function<DiagramServer, List<String>> addresses) throws InterruptedException {
        try {
            server.start();
        } catch (Exception e) {
            err.println("bondgenoot serve: de diagramserver kon niet starten: " + e.getMessage());
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "bondgenoot-serve-stop"));
        // A plug-in's description with mistakes is left out; its author learns why (file:line: message).
        DiagramRepresentations.get().problems().forEach(err::println);
        try {
            addresses.apply(server).forEach(out::println);
            out.println("Alleen bereikbaar vanaf deze computer. Stoppen: Ctrl+C.");
            out.flush();
            stopped.await();
        } finally {
            server.shutdown(); // also when something fails: nothing keeps listening for a command that ended
        }
        return ExitCode.OK;
    }

    /** Ctrl+C: the server stops and the command ends. */
    @Override
    public void stop() {
        stopped.countDown();
    }
}
