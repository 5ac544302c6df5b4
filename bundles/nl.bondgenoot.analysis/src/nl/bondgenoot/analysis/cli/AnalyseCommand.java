package nl.bondgenoot.analysis.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.analysis.Analyses;
import nl.bondgenoot.analysis.Onderwerpanalyse;
import nl.bondgenoot.analysis.Projectie;
import nl.bondgenoot.analysis.advies.ProvanKenisTabel;
import nl.bondgenoot.launcher.ExitCode;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;
import nl.bondgenoot.model.tijd.Peildatum;
import nl.bondgenoot.model.tijd.Periodes;

/**
 * {@code bondgenoot analyse BESTAND [--netwerk NAAM] [--families F,...] [--weergave NAAM] [--peildatum JJJJ-MM-DD]
 * [--format text|csv|json]}: per netwerk (or one) and for the whole model the graph figures, the figures
 * per actor, cut vertices and bridges, brokerage, and the governance-form advice with its inputs'
 * provenance; with --weergave only what that view of the map shows (its filtered subgraph).
 */
public final class AnalyseCommand {

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
        Predicate<EObject> zichtbaar(Path model, String weergave);
    }

    static final String GEBRUIK = "Gebruik: bondgenoot analyse BESTAND [--netwerk NAAM] [--families F,...]"
            + " [--weergave NAAM] [--peildatum JJJJ-MM-DD] [--format text|csv|json]";

    private AnalyseCommand() {
    }

    /** Runs the command; returns an {@link ExitCode}. */
    public static int run(String[] args, PrintStream out, PrintStream err, Tabelbron tabelbron, Weergavebron weergaven) {
        Path file = null;
        String netwerkNaam = null;
        String weergave = null;
        String families = null;
        String peildatumText = null;
        String format = "text";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = a.contains("=") && a.startsWith("--") ? a.substring(a.indexOf('=') + 1) : null;
            String option = value == null ? a : a.substring(0, a.indexOf('='));
            switch (option) {
                case "--netwerk", "--families", "--weergave", "--peildatum", "--format" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            return usage(err, option + " verwacht een waarde");
                        }
                        value = args[++i];
                    }
                    switch (option) {
                        case "--netwerk" -> netwerkNaam = value;
                        case "--families" -> families = value;
                        case "--weergave" -> weergave = value;
                        case "--peildatum" -> peildatumText = value;
                        default -> format = value;
                    }
                }
                default -> {
                    if (a.startsWith("-")) {
                        return usage(err, "onbekende optie '" + a + "'");
                    }
                    if (file != null) {
                        return usage(err, "één model tegelijk, niet ook '" + a + "'");
                    }
                    file = Path.of(a);
                }
            }
        }
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
                zichtbaar = weergaven.zichtbaar(file, weergave);
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
