package nl.bondgenoot.compare.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.compare.Conflict;
import nl.bondgenoot.compare.FileMergers;
import nl.bondgenoot.compare.MergeInputException;
import nl.bondgenoot.compare.MergeResult;
import nl.bondgenoot.launcher.CliCommand;
import nl.bondgenoot.launcher.CommandGuard;
import nl.bondgenoot.launcher.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code bondgenoot merge BASIS ONZE HUNNE [PAD]}: the three-way merge by id, as a Git merge driver
 * ({@code driver = bondgenoot merge %O %A %B %P}) for models and their {@code .netwerkkaart}. The result
 * replaces ONZE (atomically, saved as every save): a loadable file, never text conflict markers.
 * Conflicts (ours kept, theirs listed) are said on standard error, one Dutch line each, under the
 * name PAD (the file in the work tree) when given. Exit code {@link ExitCode#OK}: merged cleanly;
 * {@link ExitCode#FINDINGS}: merged with conflicts (Git then marks the file as conflicted, and it
 * loads); {@link ExitCode#USAGE_OR_INPUT}: a version could not be read, and ONZE is left as it was.
 */
@Command(description = "voegt een model of .netwerkkaart per id samen (Git-merge-driver: %%O %%A %%B %%P) en schrijft het"
        + " resultaat in ONZE; conflicten: onze versie gehouden, de hunne op standaardfout; afsluitcode 0 = schoon,"
        + " 1 = conflicten (het bestand laadt wel)",
        customSynopsis = MergeCommand.SYNOPSIS)
public final class MergeCommand implements CliCommand {

    @Parameters(paramLabel = "BESTAND", arity = "0..*", description = "BASIS ONZE HUNNE en eventueel PAD, het bestand in de werkmap")
    private List<String> args = new ArrayList<>();


    static final String SYNOPSIS = "bondgenoot merge BASIS ONZE HUNNE [PAD]";
    static final String USAGE = "Gebruik: " + SYNOPSIS + "   (als Git-merge-driver: %O %A %B %P)";

    /** Enough of a file to tell a notation (JSON) from a model (XML). */
    private static final int START = 4096;

    @Override
    public int run(PrintStream out, PrintStream err) throws IOException {
        if (args.size() < 3 || args.size() > 4) {
            err.println("bondgenoot merge: geef drie versies (basis, onze, hunne) en eventueel het pad.\n" + USAGE);
            return ExitCode.USAGE_OR_INPUT;
        }
        Path base;
        Path ours;
        Path theirs;
        try {
            base = Path.of(args.get(0));
            ours = Path.of(args.get(1));
            theirs = Path.of(args.get(2));
        } catch (InvalidPathException e) {
            err.println("bondgenoot merge: ongeldige bestandsnaam: " + e.getInput() + "\n" + USAGE);
            return ExitCode.USAGE_OR_INPUT;
        }
        String shown = args.size() == 4 ? args.get(3) : args.get(1);
        CommandGuard.processing(Path.of(shown));
        MergeResult result;
        try {
            result = FileMergers.forFile(shown, start(ours)).merge(base, ours, theirs);
        } catch (MergeInputException e) {
            err.println("bondgenoot merge: " + shown + ": niet samengevoegd, onze versie blijft: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT;
        }
        if (result.clean()) {
            return ExitCode.OK;
        }
        err.println("bondgenoot merge: " + shown + ": " + result.conflicts().size()
                + (result.conflicts().size() == 1 ? " conflict" : " conflicten") + " (onze versie gehouden):");
        for (Conflict conflict : result.conflicts()) {
            err.println("  " + conflict.text());
        }
        err.flush();
        return ExitCode.FINDINGS;
    }

    private static byte[] start(Path file) {
        if (!Files.isRegularFile(file)) {
            return new byte[0]; // the merger's load says what is wrong with it
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(START);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
