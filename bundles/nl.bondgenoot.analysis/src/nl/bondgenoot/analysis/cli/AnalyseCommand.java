package nl.bondgenoot.analysis.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.analysis.Analyses;
import nl.bondgenoot.analysis.Onderwerpanalyse;
import nl.bondgenoot.analysis.Projectie;
import nl.bondgenoot.analysis.advies.ProvanKenisTabel;
import nl.bondgenoot.launcher.CliCommand;
import nl.bondgenoot.launcher.ExitCode;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;
import nl.bondgenoot.model.tijd.Peildatum;
import nl.bondgenoot.model.tijd.Periodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bondgenoot analyse BESTAND [--netwerk NAAM] [--families F,...] [--weergave NAAM] [--peildatum JJJJ-MM-DD]
 * [--format text|csv|json]}: per netwerk (or one) and for the whole model the graph figures, the figures
 * per actor, cut vertices and bridges, brokerage, and the governance-form advice with its inputs'
 * provenance; with --weergave only what that view of the map shows (its filtered subgraph).
 */
@Command(description = "netwerkanalyse: per netwerk (of alleen NAAM) en voor het hele model grootte, dichtheid, componenten,"
        + " graad in/uit, betweenness, nabijheid, eigenvector, snijpunten en bruggen, makelaarsrollen, en welke bestuursvorm"
        + " past (Provan & Kenis) met de herkomst van elke invoer; --families: hierarchisch, financieel, markt, samenwerking,"
        + " invloed (standaard alle sturingsrelaties); --weergave: alleen wat die weergave van de kaart toont (selectie,"
        + " lagen, verbergende filters); csv: de cijfers per actor", customSynopsis = AnalyseCommand.SYNOPSIS)
public class AnalyseCommand implements CliCommand {

    /** Where the Provan &amp; Kenis table of a model file comes from (the NET-13 parameters of its profile). */
    @FunctionalInterface
    public interface Tabelbron {
        /** The table for the model file; an {@link IllegalStateException} says in Dutch why there is none. */
        ProvanKenisTabel voor(Path model);
    }

    /**
     * What a view of the map shows (the diagram draws views; this bundle cannot depend on it): the caller
     * passes how to ask.
     */
    @FunctionalInterface
    public interface Weergavebron {
        /** The elements the view shows; an {@link IllegalStateException} says in Dutch why not (no such view). */
        Predicate<EObject> zichtbaar(Path model, String weergave, Consumer<String> waarschuwing);
    }

    static final String SYNOPSIS = "bondgenoot analyse BESTAND [--netwerk NAAM] [--families F,...]"
            + " [--weergave NAAM] [--peildatum JJJJ-MM-DD] [--format text|csv|json]";
    static final String GEBRUIK = "Gebruik: " + SYNOPSIS;

    @Parameters(paramLabel = "BESTAND", arity = "0..1", description = "het model (.bondgenoot)")
    private Path file;

    @Option(names = "--netwerk", paramLabel = "NAAM", description = "alleen dit netwerk (naam of id)")
    private String netwerkNaam;

    @Option(names = "--families", paramLabel = "F,...", description = "alleen deze families van sturingsrelaties")
    private String families;

    @Option(names = "--weergave", paramLabel = "NAAM", description = "alleen wat deze weergave van de kaart toont")
    private String weergave;

    @Option(names = "--peildatum", paramLabel = "JJJJ-MM-DD", description = "de situatie op deze datum (standaard vandaag)")
    private String peildatumText;

    @Option(names = "--format", paramLabel = "text|csv|json", description = "de uitvoer (standaard text)")
    private String format = "text";

    private final Tabelbron tabelbron;
    private final Weergavebron weergaven;

    /**
     * The command with where the Provan &amp; Kenis table and the views come from: this bundle knows
     * neither the rules (NET-13's parameters) nor the map's views, so the bundle that contributes the
     * command passes them.
     */
    protected AnalyseCommand(Tabelbron tabelbron, Weergavebron weergaven) {
        this.tabelbron = tabelbron;
        this.weergaven = weergaven;
    }

    /** Runs the command with the options picocli filled; returns an {@link ExitCode}. */
    @Override
    public int run(PrintStream out, PrintStream err) {
        if (file == null) {
            return usage(err, "geef een model (.bondgenoot)");
        }
        if (!List.of("text", "csv", "json").contains(format)) {
            return usage(err, "--format kent text, csv en json, niet '" + format + "'");
        }
        LocalDate peildatum;
        try {
            peildatum = peildatumText == null ? Peildatum.vandaag() : Periodes.parse(peildatumText);
        } catch (IllegalArgumentException e) {
            return usage(err, "--peildatum: " + e.getMessage());
        }
        Set<String> gekozen = new LinkedHashSet<>();
        if (families != null) {
            for (String f : families.split(",")) {
                if (!f.isBlank()) {
                    gekozen.add(f.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        Governancemodel model;
        try {
            model = ModelFiles.load(file);
        } catch (ModelLoadException e) {
            err.println("bondgenoot analyse: " + file + (e.getLine() > 0 ? ":" + e.getLine() : "") + ": " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT;
        }
        Predicate<EObject> zichtbaar = null;
        if (weergave != null) {
            try {
                zichtbaar = weergaven.zichtbaar(file, weergave, w -> err.println("bondgenoot analyse: waarschuwing: " + w));
            } catch (IllegalStateException e) {
                err.println("bondgenoot analyse: " + e.getMessage());
                return ExitCode.USAGE_OR_INPUT;
            }
        }
        Projectie projectie;
        try {
            projectie = new Projectie(null, gekozen, peildatum, zichtbaar);
        } catch (IllegalArgumentException e) {
            return usage(err, "--families: " + e.getMessage());
        }
        if (netwerkNaam != null) {
            Netwerk netwerk = netwerk(model, netwerkNaam);
            if (netwerk == null) {
                List<String> namen = model.getNetwerken().stream().map(Netwerk::getNaam).toList();
                err.println("bondgenoot analyse: " + file + " heeft geen netwerk '" + netwerkNaam + "'"
                        + (namen.isEmpty() ? " (het model heeft geen netwerken)"
                                : "; wel: " + String.join(", ", namen)));
                return ExitCode.USAGE_OR_INPUT;
            }
            projectie = new Projectie(netwerk, gekozen, peildatum, zichtbaar);
        }
        ProvanKenisTabel tabel;
        try {
            tabel = tabelbron.voor(file);
        } catch (IllegalStateException e) {
            err.println("bondgenoot analyse: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT;
        }
        List<Onderwerpanalyse> analyses = Analyses.van(model, projectie, tabel);
        Verslag verslag = new Verslag(file, peildatum, List.copyOf(gekozen), weergave, analyses);
        switch (format) {
            case "csv" -> AnalyseCsv.write(verslag, out);
            case "json" -> AnalyseJson.write(verslag, out);
            default -> AnalyseTekst.write(verslag, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** By naam, else by id; a naam that several netwerken share takes the first. */
    private static Netwerk netwerk(Governancemodel model, String naam) {
        List<Netwerk> byId = new ArrayList<>();
        for (Netwerk n : model.getNetwerken()) {
            if (naam.equals(n.getNaam())) {
                return n;
            }
            if (naam.equals(n.getId())) {
                byId.add(n);
            }
        }
        return byId.isEmpty() ? null : byId.get(0);
    }

    private static int usage(PrintStream err, String problem) {
        err.println("bondgenoot analyse: " + problem + ".");
        err.println(GEBRUIK);
        return ExitCode.USAGE_OR_INPUT;
    }

    /** What the three formats print. */
    record Verslag(Path bestand, LocalDate peildatum, List<String> families, String weergave, List<Onderwerpanalyse> analyses) {
    }
}
