package nl.bondgenoot.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;

import nl.bondgenoot.agenda.AgendaFiles;
import nl.bondgenoot.agenda.AgendaReading;
import nl.bondgenoot.agenda.TextProblem;
import nl.bondgenoot.launcher.CommandGuard;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.BeoordelingFiles;
import nl.bondgenoot.model.persistence.BondgenootResourceFactory;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;
import nl.bondgenoot.model.tijd.Peildatum;
import nl.bondgenoot.model.tijd.Periodes;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.engine.ProfileException;
import nl.bondgenoot.rules.engine.ProfileWarning;
import nl.bondgenoot.rules.engine.RuleEngine;
import nl.bondgenoot.rules.engine.RuleProfile;

/**
 * `bondgenoot validate [--format text|json] [--profiel FILE] [--peildatum JJJJ-MM-DD] FILE...`: checks
 * model files, assessments (.beoordeling, with the model they name) and agendas against the rule catalogue, with the project's rule profile (the nearest
 * bondgenoot.profiel) unless one is given, as the models stand on the peildatum (today unless given).
 * Every problem of an agenda's text is reported, and the rules judge it only when it was
 * parsed whole.
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
        String peildatumText = null;
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
            } else if (a.equals("--peildatum")) {
                if (i + 1 >= args.length) {
                    return usage("--peildatum verwacht een datum als 2011-01-01");
                }
                peildatumText = args[++i];
            } else if (a.startsWith("--peildatum=")) {
                peildatumText = a.substring("--peildatum=".length());
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
        LocalDate peildatum;
        try {
            peildatum = peildatumText == null ? Peildatum.vandaag() : Periodes.parse(peildatumText);
        } catch (IllegalArgumentException e) {
            return usage("--peildatum: " + e.getMessage());
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
        Set<ProfileWarning> profileWarnings = new LinkedHashSet<>();
        for (Path file : files) {
            results.add(validate(engines, file, peildatum, profileWarnings));
        }
        ValidationReport report = new ValidationReport(results, List.copyOf(profileWarnings), peildatum,
                peildatumText != null);
        if (format.equals("json")) {
            out.println(report.toJson());
        } else {
            report.printText(out, err);
        }
        return report.exitCode();
    }

    private static FileResult validate(Engines engines, Path file, LocalDate peildatum, Set<ProfileWarning> profileWarnings) {
        CommandGuard.processing(file);
        try {
            if (AgendaFiles.isAgenda(file)) {
                AgendaReading reading = AgendaFiles.read(file);
                RuleEngine engine = engine(engines, file, profileWarnings); // the profile's problems are told in any case
                boolean judged = reading.rulesApply() && reading.model() != null;
                List<Finding> findings = judged ? engine.validate(reading.model(), peildatum) : List.of();
                return FileResult.checked(file, reading.problems(), reading.rulesApply(), findings);
            }
            if (BeoordelingFiles.isBeoordelingFile(file)) {
                // The assessment is the root; its model is loaded beside it and reached through its references.
                Beoordeling beoordeling = BeoordelingFiles.load(file);
                return FileResult.checked(file, leftOut(beoordeling.eResource()), true,
                        engine(engines, file, profileWarnings).validate(beoordeling, peildatum));
            }
            if (!ModelFiles.isModelFile(file)) {
                return FileResult.unreadable(file, 0, "geen model, beoordeling of agenda; validate toetst modellen (."
                        + BondgenootResourceFactory.FILE_EXTENSION + "), beoordelingen (." + BondgenootResourceFactory.BEOORDELING_EXTENSION
                        + ") en agenda's (." + AgendaFiles.FILE_EXTENSION + ")");
            }
            Governancemodel model = ModelFiles.load(file);
            return FileResult.checked(file, leftOut(model.eResource()), true, engine(engines, file, profileWarnings).validate(model, peildatum));
        } catch (ModelLoadException e) {
            return FileResult.unreadable(file, e.getLine(), e.getMessage());
        } catch (ProfileException e) {
            return FileResult.unreadable(file, 0, "het regelprofiel is onleesbaar: " + e.toUserMessage());
        }
    }

    /** What the reader left out (an external entity), with its line. */
    private static List<TextProblem> leftOut(Resource resource) {
        return resource.getWarnings().stream()
                .map(w -> new TextProblem("XML", Severity.WARNING, w.getLine(), w.getColumn(), w.getMessage())).toList();
    }

    private static RuleEngine engine(Engines engines, Path file, Set<ProfileWarning> profileWarnings) throws ProfileException {
        RuleEngine engine = engines.forModel(file);
        profileWarnings.addAll(engine.profile().warnings());
        return engine;
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
        err.println("Gebruik: bondgenoot validate [--format text|json] [--profiel BESTAND] [--peildatum JJJJ-MM-DD] BESTAND...");
        return ExitCode.USAGE_OR_INPUT;
    }

    static boolean isError(Finding f) {
        return f.severity() == Severity.ERROR;
    }
}
