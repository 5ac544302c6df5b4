package nl.bondgenoot.diagram.export;

import nl.bondgenoot.diagram.compare.CompareException;
import nl.bondgenoot.diagram.compare.CompareView;
import nl.bondgenoot.diagram.compare.OlderVersion;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.diagram.notation.ReadOnlyViews;
import nl.bondgenoot.diagram.representations.DiagramRepresentations;
import nl.bondgenoot.launcher.CliCommand;
import nl.bondgenoot.launcher.CommandGuard;
import nl.bondgenoot.launcher.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `bondgenoot export FILE --format svg|png [--weergave NAAM | --alle-weergaven] [--uit PAD|-]
 * [--overschrijven] [--schaal N] [--peildatum JJJJ-MM-DD]`: writes the network map of FILE as SVG or PNG; any other
 * format (csv, xlsx, what plug-ins contribute at the exchange extension point) goes to {@link ExchangeExport}, one
 * dispatch and one `--format` vocabulary. The picture is written (by default its
 * default view beside the model: x.svg, x.png; a named view as x-naam.svg; every view with
 * --alle-weergaven) and prints where, or to standard output with `--uit -`. An unknown view is a usage
 * error that lists the model's views. Exit code 0 when written, 2 for a usage error, a model that
 * cannot be read or a target that may not be written (see {@link ExportTarget}); the message is
 * Dutch and names the file, without a stack trace.
 */
@Command(description = "de netwerkkaart van BESTAND (van een agenda de agendaketen) als SVG of PNG, zonder scherm; standaard"
        + " de eerste weergave naast het model (kaart.bondgenoot -> kaart.svg); PNG past op een dia (hoogstens 1920 x 1080"
        + " pixels, schaal hoogstens 2); --vergelijk OUD of --git REVISIE: de vergelijking als bij serve"
        + " (kaart-vergelijking.svg); met --format xlsx of csv de netwerken, actoren, rollen, lidmaatschappen,"
        + " sturingsrelaties en financieringsstromen als Excel-werkmap of CSV (een bestand per soort), met graphml of"
        + " gexf de sturingsrelaties met de maten per actor als graaf (yEd, Gephi), en elk formaat dat een plug-in"
        + " bijdraagt; --sjabloon: een leeg sjabloon om mee te beginnen (csv, xlsx)",
        customSynopsis = { "bondgenoot export BESTAND --format FORMAAT [--weergave NAAM | --alle-weergaven] [--uit PAD|-]",
                "         [--overschrijven] [--schaal N] [--peildatum JJJJ-MM-DD] [--vergelijk OUD | --git REVISIE]",
                "         bondgenoot export --sjabloon FORMAAT [--uit PAD] [--overschrijven]" })
public class ExportCommand implements CliCommand {

    static final int OK = ExitCode.OK;
    static final int USAGE_OR_INPUT = ExitCode.USAGE_OR_INPUT;

    @Parameters(paramLabel = "BESTAND", arity = "0..*", description = "het model (.bondgenoot) of de agenda (.agenda)")
    private List<String> models = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAAT", completionCandidates = ExportFormats.class,
            description = "${COMPLETION-CANDIDATES} (standaard: de extensie van --uit)")
    private String format;

    @Option(names = "--uit", paramLabel = "PAD|-", description = "waar het bestand komt; - schrijft naar standaarduitvoer")
    private String target;

    @Option(names = "--weergave", paramLabel = "NAAM", description = "deze weergave (kaart-naam.svg)")
    private String view;

    @Option(names = "--alle-weergaven", description = "elke weergave naast het model")
    private boolean allViews;

    @Option(names = "--overschrijven", description = "een bestaand --uit-bestand vervangen")
    private boolean overwrite;

    @Option(names = "--schaal", paramLabel = "N", description = "de schaal van een PNG (hoogstens 2)")
    private String scale;

    @Option(names = "--peildatum", paramLabel = "JJJJ-MM-DD", description = "de situatie op die datum (wat toen niet gold, vervaagd)")
    private String peildatum;

    @Option(names = OlderVersion.FILE_OPTION, paramLabel = "OUD", description = "BESTAND vergeleken met deze oudere versie")
    private String compareFile;

    @Option(names = OlderVersion.GIT_OPTION, paramLabel = "REVISIE", description = "BESTAND vergeleken met zijn versie in deze Git-revisie")
    private String gitRevision;

    @Option(names = "--sjabloon", paramLabel = "FORMAAT", description = "een leeg sjabloon (csv, xlsx) in plaats van een export")
    private String template;

    /** Runs the command with the options picocli filled; what the user reads goes to out and err. */
    @Override
    public int run(PrintStream out, PrintStream err) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // the PNG is drawn in memory, never on a screen
        }
        ExportArguments arguments;
        try {
            arguments = ExportArguments.of(models, format, target, scale, view, peildatum, template, overwrite, allViews,
                    compareFile, gitRevision);
        } catch (ExportArguments.UsageException e) {
            err.println("bondgenoot export: " + e.getMessage());
            err.println(ExportArguments.USAGE);
            return USAGE_OR_INPUT;
        }
        if (!arguments.picture()) {
            return ExchangeExport.run(arguments, out, err);
        }
        try {
            if (!arguments.toStandardOutput() && !arguments.allViews()) {
                // a target that may not be written is said before the model is read
                ExportTarget.check(arguments.target(), arguments.model(), arguments.replace());
            }
            if (arguments.older() != null) {
                return writeCompared(arguments, out, err);
            }
            NetwerkkaartExport.Loaded loaded = NetwerkkaartExport.load(arguments.model(),
                    warning -> err.println("bondgenoot export: waarschuwing: " + warning));
            // A plug-in's description with mistakes is left out; its author learns why (file:line: message), as from serve.
            DiagramRepresentations.get().problems().forEach(problem -> err.println("bondgenoot export: waarschuwing: " + problem));
            if (arguments.allViews()) {
                writeEveryView(arguments, loaded, out);
                return OK;
            }
            Optional<Notation> view = loaded.views().findOrStandard(arguments.view());
            if (view.isEmpty()) {
                err.println("bondgenoot export: " + arguments.model() + ": " + loaded.views().unknown(arguments.view()));
                return USAGE_OR_INPUT;
            }
            byte[] picture = NetwerkkaartExport.picture(loaded.model(), atPeildatum(view.get(), arguments), arguments.format(),
                    arguments.scale());
            if (arguments.toStandardOutput()) {
                out.write(picture, 0, picture.length);
                out.flush();
            } else {
                NetwerkkaartExport.writeTo(arguments.target(), picture);
                out.println(drawing(arguments.model(), view.get()) + " geschreven: " + arguments.target()
                        + (arguments.view() == null ? "" : " (weergave " + view.get().name() + ")"));
            }
        } catch (ExportException e) {
            err.println("bondgenoot export: " + e.toUserMessage());
            return USAGE_OR_INPUT;
        } catch (RuntimeException e) {
            CommandGuard.processing(arguments.model());
            return CommandGuard.report("export", models.toArray(String[]::new), err, e); // one line that says where the details are
        }
        return OK;
    }

    /**
     * `--alle-weergaven`: every view beside the model as {@code model-weergave.svg}, replacing what an
     * earlier export wrote there; two views whose names give the same file name get a number.
     */
    private static void writeEveryView(ExportArguments arguments, NetwerkkaartExport.Loaded loaded, PrintStream out)
            throws ExportException {
        Set<Path> written = new HashSet<>();
        for (Notation view : loaded.views().all()) {
            Path target = NetwerkkaartExport.defaultTarget(arguments.model(), view.name(), arguments.format());
            for (int n = 2; written.contains(target); n++) {
                target = NetwerkkaartExport.defaultTarget(arguments.model(), view.name() + " " + n, arguments.format());
            }
            ExportTarget.check(target, arguments.model(), true);
            NetwerkkaartExport.writeTo(target, NetwerkkaartExport.picture(loaded.model(), atPeildatum(view, arguments),
                    arguments.format(), arguments.scale()));
            written.add(target);
            out.println(drawing(arguments.model(), view) + " geschreven: " + target + " (weergave " + view.name() + ")");
        }
    }

    /** `--vergelijk OUD` or `--git REV`: the two versions compared, as `serve` shows them, as one picture. */
    private static int writeCompared(ExportArguments arguments, PrintStream out, PrintStream err) throws ExportException {
        CompareView compare;
        try {
            compare = CompareView.open(arguments.model(), arguments.older(),
                    warning -> err.println("bondgenoot export: waarschuwing: " + warning));
        } catch (CompareException e) {
            err.println("bondgenoot export: " + e.getMessage());
            return USAGE_OR_INPUT;
        }
        if (arguments.peildatum() != null) {
            compare.notation().peildatum(arguments.peildatum());
        }
        byte[] picture = NetwerkkaartExport.picture(compare, arguments.format(), arguments.scale());
        if (arguments.toStandardOutput()) {
            out.write(picture, 0, picture.length);
            out.flush();
        } else {
            NetwerkkaartExport.writeTo(arguments.target(), picture);
            out.println(compare.title() + ", geschreven: " + arguments.target());
        }
        return OK;
    }

    /** The view as `--peildatum` asks (a copy: the notation file is never changed by an export). */
    private static Notation atPeildatum(Notation view, ExportArguments arguments) {
        if (arguments.peildatum() == null) {
            return view;
        }
        Notation copy = view.copyAs(view.name());
        copy.peildatum(arguments.peildatum());
        return copy;
    }

    /** What was drawn: the netwerkkaart of a model, or the view of an agenda (named after its representation: Agendaketen). */
    private static String drawing(Path file, Notation view) {
        return ReadOnlyViews.isReadOnly(file) ? view.name() : "Netwerkkaart";
    }
}
