package nl.bondgenoot.publish.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.launcher.CliCommand;
import nl.bondgenoot.launcher.ExitCode;
import nl.bondgenoot.model.tijd.Periodes;
import nl.bondgenoot.publish.PublishException;
import nl.bondgenoot.publish.Publisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `bondgenoot publish PROJECT --uit MAP [--peildatum JJJJ-MM-DD]`: the project as a static site that works
 * offline (see {@link Publisher}); says where the overview was written and what the site holds.
 */
@Command(description = "het project als statische website die zonder server en zonder internet werkt (file://, zip,"
        + " netwerkschijf): overzicht, elke kaart (pannen, zoomen, klik naar het element), elementpagina's met bevindingen,"
        + " agenda's, regelcatalogus, beoordelingen, zoeken; MAP is nieuw, leeg of een eerdere publicatie (die wordt"
        + " vervangen)", customSynopsis = PublishCommand.SYNOPSIS)
public final class PublishCommand implements CliCommand {

    static final String SYNOPSIS = "bondgenoot publish PROJECTMAP --uit MAP [--peildatum JJJJ-MM-DD]";
    public static final String USAGE = "Gebruik: " + SYNOPSIS;

    @Parameters(paramLabel = "PROJECTMAP", arity = "0..*", description = "de map van het project")
    private List<Path> projects = new ArrayList<>();

    @Option(names = "--uit", paramLabel = "MAP", description = "de map voor de publicatie")
    private Path target;

    @Option(names = "--peildatum", paramLabel = "JJJJ-MM-DD", description = "de situatie op deze datum (standaard vandaag)")
    private String peildatumText;

    @Override
    public int run(PrintStream out, PrintStream err) {
        LocalDate peildatum = null;
        if (peildatumText != null) {
            try {
                peildatum = Periodes.parse(peildatumText);
            } catch (IllegalArgumentException e) {
                return usage(err, "--peildatum: " + e.getMessage());
            }
        }
        if (projects.size() > 1) {
            return usage(err, "geef één projectmap op ('" + projects.get(0) + "' en '" + projects.get(1) + "')");
        }
        Path project = projects.isEmpty() ? null : projects.get(0);
        if (project == null) {
            return usage(err, "geef de projectmap op");
        }
        if (target == null) {
            return usage(err, "geef met --uit de map voor de publicatie op");
        }
        long start = System.nanoTime();
        Publisher.Result result;
        try {
            result = Publisher.publish(project, target, peildatum, null);
        } catch (PublishException e) {
            err.println("bondgenoot publish: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT;
        }
        result.warnings().forEach(w -> err.println("bondgenoot publish: waarschuwing: " + w));
        out.println("Publicatie geschreven: " + result.overview());
        out.printf("%s, %d items in de zoekindex (%.1f s)%n", result.summary(), result.searchEntries(), (System.nanoTime() - start) / 1e9);
        return ExitCode.OK;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("bondgenoot publish: " + problem + ".");
        err.println(USAGE);
        return ExitCode.USAGE_OR_INPUT;
    }
}
