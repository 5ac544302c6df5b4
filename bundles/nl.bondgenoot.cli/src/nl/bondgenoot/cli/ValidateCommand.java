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
import nl.bondgenoot.launcher.CliCommand;
import nl.bondgenoot.launcher.CommandGuard;
import nl.bondgenoot.launcher.ExitCode;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `bondgenoot validate [--format text|json] [--profiel FILE] [--peildatum JJJJ-MM-DD] FILE...`: checks
 * model files, assessments (.beoordeling, with the model they name) and agendas against the rule catalogue, with the project's rule profile (the nearest
 * bondgenoot.profiel) unless one is given, as the models stand on the peildatum (today unless given).
 * Every problem of an agenda's text is reported, and the rules judge it only when it was
 * parsed whole.
 */
@Command(description = "toetst modellen (.bondgenoot), beoordelingen (.beoordeling, met hun model) en agenda's (.agenda)"
        + " aan de regels, zoals ze op de peildatum"
        + " (standaard vandaag) zijn; uitvoer: bestand:regel: ERNST [REGEL-ID] bericht (bron); een bondgenoot.profiel"
        + " naast de modellen zet regels aan/uit en past ernst en drempels aan", customSynopsis = ValidateCommand.SYNOPSIS)
public final class ValidateCommand implements CliCommand {

    static final String SYNOPSIS = "bondgenoot validate [--format text|json] [--profiel BESTAND] [--peildatum JJJJ-MM-DD] BESTAND...";

    @Option(names = "--format", paramLabel = "text|json", description = "de uitvoer: regels (text, standaard) of JSON")
    private String format = "text";

    @Option(names = "--profiel", paramLabel = "BESTAND",
            description = "dit regelprofiel in plaats van de dichtstbijzijnde bondgenoot.profiel")
    private Path profileFile;

    @Option(names = "--peildatum", paramLabel = "JJJJ-MM-DD", description = "toets de situatie op deze datum (standaard vandaag)")
    private String peildatumText;

    @Parameters(paramLabel = "BESTAND", arity = "0..*", description = "modellen (.bondgenoot) en agenda's (.agenda)")
    private List<Path> files = new ArrayList<>();

    private PrintStream out;
    private PrintStream err;

    @Override
    public int run(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
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
        err.println("Gebruik: " + SYNOPSIS);
        return ExitCode.USAGE_OR_INPUT;
    }

    static boolean isError(Finding f) {
        return f.severity() == Severity.ERROR;
    }
}
