package nl.bondgenoot.compare.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;

import nl.bondgenoot.compare.Conflict;
import nl.bondgenoot.compare.MergeResult;
import nl.bondgenoot.compare.ModelMerger;
import nl.bondgenoot.launcher.CommandGuard;
import nl.bondgenoot.launcher.ExitCode;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;

/**
 * {@code bondgenoot merge BASIS ONZE HUNNE [PAD]}: the three-way merge by element id, as a Git merge
 * driver ({@code driver = bondgenoot merge %O %A %B %P}). The result replaces ONZE (atomically, saved
 * as every save): a loadable model, never text conflict markers. Conflicts (ours kept, theirs listed)
 * are said on standard error, one Dutch line each, named by PAD (the file in the work tree) when given.
 * Exit code {@link ExitCode#OK}: merged cleanly; {@link ExitCode#FINDINGS}: merged with conflicts (Git
 * then marks the file as conflicted); {@link ExitCode#USAGE_OR_INPUT}: a file could not be read, and
 * ONZE is left as it was.
 */
public final class MergeCommand {

    static final String USAGE = "Gebruik: bondgenoot merge BASIS ONZE HUNNE [PAD]   (als Git-merge-driver: %O %A %B %P)";

    private MergeCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length < 3 || args.length > 4) {
            err.println("bondgenoot merge: geef drie modellen (basis, onze, hunne) en eventueel het pad.\n" + USAGE);
            return ExitCode.USAGE_OR_INPUT;
        }
        Path base;
        Path ours;
        Path theirs;
        try {
            base = Path.of(args[0]);
            ours = Path.of(args[1]);
            theirs = Path.of(args[2]);
        } catch (InvalidPathException e) {
            err.println("bondgenoot merge: ongeldige bestandsnaam: " + e.getInput() + "\n" + USAGE);
            return ExitCode.USAGE_OR_INPUT;
        }
        String shown = args.length == 4 ? args[3] : args[1];
        Resource baseModel;
        Resource ourModel;
        Resource theirModel;
        try {
            CommandGuard.processing(base);
            baseModel = ModelInput.load(base);
            CommandGuard.processing(ours);
            ourModel = ModelInput.load(ours);
            CommandGuard.processing(theirs);
            theirModel = ModelInput.load(theirs);
        } catch (ModelLoadException e) {
            err.println("bondgenoot merge: " + shown + ": niet samengevoegd, " + e.toUserMessage());
            return ExitCode.USAGE_OR_INPUT;
        }
        MergeResult result = ModelMerger.merge(baseModel, ourModel, theirModel);
        ModelFiles.save(ourModel);
        if (result.clean()) {
            return ExitCode.OK;
        }
        err.println("bondgenoot merge: " + shown + ": " + result.conflicts().size()
                + (result.conflicts().size() == 1 ? " conflict" : " conflicten")
                + " (onze versie gehouden, hun wijziging hieronder):");
        for (Conflict conflict : result.conflicts()) {
            err.println("  " + conflict.text());
        }
        err.flush();
        return ExitCode.FINDINGS;
    }
}
