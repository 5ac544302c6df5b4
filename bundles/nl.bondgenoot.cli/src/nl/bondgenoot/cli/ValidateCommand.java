package nl.bondgenoot.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.engine.RuleEngine;

/** `bondgenoot validate [--format text|json] FILE...`: checks model files against the rule catalogue. */
final class ValidateCommand {

    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        String format = "text";
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

        RuleEngine engine = Rules.engine();
        List<FileResult> results = new ArrayList<>();
        for (Path file : files) {
            results.add(validate(engine, file));
        }
        ValidationReport report = new ValidationReport(results);
        if (format.equals("json")) {
            out.println(report.toJson());
        } else {
            report.printText(out, err);
        }
        return report.exitCode();
    }

    private static FileResult validate(RuleEngine engine, Path file) {
        try {
            Governancemodel model = ModelFiles.load(file);
            List<Finding> findings = engine.validate(model);
            return FileResult.checked(file, model.eResource(), findings);
        } catch (ModelLoadException e) {
            return FileResult.unreadable(file, e);
        }
    }

    private int usage(String problem) {
        err.println("bondgenoot validate: " + problem + ".");
        err.println("Gebruik: bondgenoot validate [--format text|json] BESTAND...");
        return ExitCode.USAGE_OR_INPUT;
    }

    static boolean isError(Finding f) {
        return f.severity() == Severity.ERROR;
    }
}
