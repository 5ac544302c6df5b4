package nl.bondgenoot.compare.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;

import nl.bondgenoot.compare.ComparedFiles;
import nl.bondgenoot.compare.DiffJson;
import nl.bondgenoot.compare.DiffText;
import nl.bondgenoot.compare.ModelComparer;
import nl.bondgenoot.compare.ModelDiff;
import nl.bondgenoot.compare.git.GitRevisions;
import nl.bondgenoot.launcher.CliCommand;
import nl.bondgenoot.launcher.CommandGuard;
import nl.bondgenoot.launcher.ExitCode;
import nl.bondgenoot.model.persistence.ModelLoadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bondgenoot diff A B [--format text|json]} and {@code bondgenoot diff BESTAND --git REVISIE}:
 * the changes by element id from A to B (or from the file at the revision to the file as it is).
 * Exit code {@link ExitCode#OK} when equal, {@link ExitCode#FINDINGS} when they differ,
 * {@link ExitCode#USAGE_OR_INPUT} for a wrong call or a file that cannot be read.
 */
@Command(description = "de verschillen tussen twee versies van een model, per element-id: toegevoegd, verwijderd,"
        + " gewijzigd (oud -> nieuw), verplaatst; --git: BESTAND zoals het in die revisie van zijn Git-repository was ->"
        + " zoals het nu is; afsluitcode 0 = gelijk, 1 = verschillen",
        customSynopsis = { DiffCommand.SYNOPSIS, DiffCommand.SYNOPSIS_GIT })
public final class DiffCommand implements CliCommand {

    static final String SYNOPSIS = "bondgenoot diff A B [--format text|json]";
    static final String SYNOPSIS_GIT = "         bondgenoot diff BESTAND --git REVISIE [--format text|json]";
    static final String USAGE = "Gebruik: " + SYNOPSIS + "\n" + SYNOPSIS_GIT;

    @Option(names = "--format", paramLabel = "text|json", description = "de uitvoer: tekst (standaard) of JSON")
    private String format = "text";

    @Option(names = "--git", paramLabel = "REVISIE", description = "vergelijk BESTAND zoals het in deze revisie was (bijvoorbeeld HEAD of main~1)")
    private String revision;

    @Parameters(paramLabel = "BESTAND", arity = "0..*", description = "twee modellen, of met --git één")
    private List<String> files = new ArrayList<>();

    @Override
    public int run(PrintStream out, PrintStream err) throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            return usage(err, "--format vraagt text of json");
        }
        if (revision != null && revision.isBlank()) {
            return usage(err, "--git vraagt een revisie (bijvoorbeeld HEAD of main~1)");
        }
        if (revision == null ? files.size() != 2 : files.size() != 1) {
            return usage(err, revision == null ? "geef twee modellen" : "geef met --git één model");
        }
        Resource older;
        Resource newer;
        String from;
        String to;
        try {
            Path first = Path.of(files.get(0));
            CommandGuard.processing(first);
            if (revision != null) {
                older = GitRevisions.model(first, revision);
                newer = ComparedFiles.load(first);
                from = first + "@" + revision;
                to = first.toString();
            } else {
                Path second = Path.of(files.get(1));
                older = ComparedFiles.load(first);
                CommandGuard.processing(second);
                newer = ComparedFiles.load(second);
                from = first.toString();
                to = second.toString();
            }
        } catch (ModelLoadException e) {
            err.println("bondgenoot diff: " + e.toUserMessage());
            return ExitCode.USAGE_OR_INPUT;
        } catch (GitRevisions.RevisionException e) {
            err.println("bondgenoot diff: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT;
        } catch (InvalidPathException e) {
            return usage(err, "ongeldige bestandsnaam: " + e.getInput());
        }
        ModelDiff diff = ModelComparer.compare(older, newer);
        out.print(format.equals("json") ? DiffJson.of(diff, from, to) : DiffText.of(diff, from, to));
        out.flush();
        return diff.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("bondgenoot diff: " + problem + ".\n" + USAGE);
        return ExitCode.USAGE_OR_INPUT;
    }
}
