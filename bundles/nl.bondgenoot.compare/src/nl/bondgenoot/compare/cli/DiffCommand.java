package nl.bondgenoot.compare.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;

import nl.bondgenoot.compare.ComparedFiles;
import nl.bondgenoot.compare.DiffJson;
import nl.bondgenoot.compare.DiffText;
import nl.bondgenoot.compare.ModelComparer;
import nl.bondgenoot.compare.ModelDiff;
import nl.bondgenoot.compare.git.GitRevisions;
import nl.bondgenoot.launcher.CommandGuard;
import nl.bondgenoot.launcher.ExitCode;
import nl.bondgenoot.model.persistence.ModelLoadException;

/**
 * {@code bondgenoot diff A B [--format text|json]} and {@code bondgenoot diff BESTAND --git REVISIE}:
 * the changes by element id from A to B (or from the file at the revision to the file as it is).
 * Exit code {@link ExitCode#OK} when equal, {@link ExitCode#FINDINGS} when they differ,
 * {@link ExitCode#USAGE_OR_INPUT} for a wrong call or a file that cannot be read.
 */
public final class DiffCommand {

    static final String USAGE = "Gebruik: bondgenoot diff A B [--format text|json]\n"
            + "         bondgenoot diff BESTAND --git REVISIE [--format text|json]";

    private DiffCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        String format = "text";
        String revision = null;
        java.util.List<String> files = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--format" -> {
                    if (i + 1 >= args.length || !(args[i + 1].equals("text") || args[i + 1].equals("json"))) {
                        return usage(err, "--format vraagt text of json");
                    }
                    format = args[++i];
                }
                case "--git" -> {
                    if (i + 1 >= args.length || args[i + 1].isBlank()) {
                        return usage(err, "--git vraagt een revisie (bijvoorbeeld HEAD of main~1)");
                    }
                    revision = args[++i];
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        return usage(err, "onbekende optie '" + args[i] + "'");
                    }
                    files.add(args[i]);
                }
            }
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
