package nl.bondgenoot.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.agenda.ProjectFiles;
import nl.bondgenoot.launcher.CommandGuard;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelLoadException;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.engine.ProfileException;
import nl.bondgenoot.rules.engine.RuleEngine;
import nl.bondgenoot.rules.engine.RuleProfile;

/**
 * `bondgenoot validate [--format text|json] [--profiel FILE] FILE...`: checks model files against the
 * rule catalogue, with the project's rule profile (the nearest bondgenoot.profiel) unless one is given.
 */
final class ValidateCommand {

    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        String format = "text";
        Path profileFile = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--format")) {
                if (i + 1 >= args.length) {
                    return usage("--format verwacht 'text' of 'json'");
                }
                format = args[++i];
            } else if (a.startsWith("--format=")) {
                format = a.substring("--format=".length());
            } else if (a.equals("--profiel")) {
                if (i + 1 >= args.length) {
                    return usage("--profiel verwacht een bestand");
                }
                profileFile = Path.of(args[++i]);
            } else if (a.startsWith("--")) {
                return usage("onbekende optie '" + a + "'");
            } else {
                files.add(Path.of(a));
            }
        }
        if (!format.equals("text") && !format.equals("json")) {
            return usage("onbekend formaat '" + format + "' (kies text of json)");
        }
        if (files.isEmpty()) {
            return usage("geef minstens één bestand op");
        }

        Engines engines;
        CommandGuard.processing(profileFile);
        try {
            engines = new Engines(profileFile);
        } catch (ProfileException e) {
            err.println(e.toUserMessage());
            return ExitCode.USAGE_OR_INPUT;
        }
        List<FileResult> results = new ArrayList<>();
        for (Path file : files) {
            results.add(validate(engines, file));
        }
        ValidationReport report = new ValidationReport(results);
        if (format.equals("json")) {
            out.println(report.toJson());
        } else {
            report.printText(out, err);
        }
        return report.exitCode();
    }

    private static FileResult validate(Engines engines, Path file) {
        CommandGuard.processing(file);
        try {
            Governancemodel model = ProjectFiles.load(file);
            List<Finding> findings = engines.forModel(file).validate(model);
            return FileResult.checked(file, findings);
        } catch (ModelLoadException e) {
            return FileResult.unreadable(file, e.getLine(), e.getMessage());
        } catch (ProfileException e) {
            return FileResult.unreadable(file, 0, "het regelprofiel is onleesbaar: " + e.toUserMessage());
        }
    }

    /** The engine of the given profile, or of the nearest bondgenoot.profiel of each model (Rules keeps one per profile). */
    private static final class Engines {
        private final RuleEngine fixed;

        Engines(Path profileFile) throws ProfileException {
            fixed = profileFile == null ? null : Rules.engine(RuleProfile.load(profileFile));
        }

        RuleEngine forModel(Path model) throws ProfileException {
            return fixed != null ? fixed : Rules.engineFor(model);
        }
    }

    private int usage(String problem) {
        err.println("bondgenoot validate: " + problem + ".");
        err.println("Gebruik: bondgenoot validate [--format text|json] [--profiel BESTAND] BESTAND...");
        return ExitCode.USAGE_OR_INPUT;
    }

    static boolean isError(Finding f) {
        return f.severity() == Severity.ERROR;
    }
}
