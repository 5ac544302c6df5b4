package nl.bondgenoot.exchange.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import nl.bondgenoot.exchange.ExchangeException;
import nl.bondgenoot.exchange.Format;
import nl.bondgenoot.exchange.Formats;
import nl.bondgenoot.exchange.Importer;
import nl.bondgenoot.exchange.preview.ImportPreview;
import nl.bondgenoot.launcher.CliCommand;
import nl.bondgenoot.launcher.ExitCode;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;
import nl.bondgenoot.model.persistence.UnusableFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `bondgenoot import SHEET... --in MODEL [--voorbeeld]`: prints the preview of importing the sheets into
 * the model and, without --voorbeeld and without rejected rows, applies it and saves the model
 * atomically. A model that cannot be read is never written; a model that does not exist yet becomes a
 * new one. Exit codes: 0 imported (or previewed, or nothing to do), 2 rejected rows, unreadable input or a
 * usage error.
 */
@Command(description = "toont wat de spreadsheet in het model verandert (toegevoegd, gewijzigd, verwijderd, afgewezen met"
        + " rij en reden) en voert het uit, tenzij --voorbeeld; rijen met id horen bij dat element, zonder id op naam; bij"
        + " een afgewezen rij verandert er niets; een nieuw MODEL wordt gemaakt", customSynopsis = ImportCommand.SYNOPSIS)
public final class ImportCommand implements CliCommand {

    static final String SYNOPSIS = "bondgenoot import SPREADSHEET... --in MODEL [--voorbeeld]";
    public static final String USAGE = "Gebruik: " + SYNOPSIS;

    @Parameters(paramLabel = "SPREADSHEET", arity = "0..*", description = "een .xlsx-werkmap, of .csv-bestanden (een per soort)")
    private List<String> sheetNames = new ArrayList<>();

    @Option(names = "--in", paramLabel = "MODEL", description = "het model (.bondgenoot) waarin geïmporteerd wordt")
    private String modelName;

    @Option(names = "--voorbeeld", description = "alleen tonen wat er zou veranderen")
    private boolean previewOnly;

    @Override
    public int run(PrintStream out, PrintStream err) {
        List<Path> sheets = new ArrayList<>();
        Path modelFile = null;
        try {
            for (String sheet : sheetNames) {
                sheets.add(Path.of(sheet));
            }
            if (modelName != null) {
                if (modelName.isBlank()) {
                    return usage(err, "'--in' mist het model.");
                }
                modelFile = Path.of(modelName);
            }
        } catch (InvalidPathException e) {
            return usage(err, "'" + e.getInput() + "' is geen geldig pad.");
        }
        if (sheets.isEmpty()) {
            return usage(err, "geef de spreadsheet op (.xlsx, of .csv-bestanden).");
        }
        if (modelFile == null) {
            return usage(err, "geef met --in het model op waarin geïmporteerd wordt.");
        }
        if (!ModelFiles.isModelFile(modelFile)) {
            return usage(err, "--in " + modelFile + ": dat is geen model (.bondgenoot).");
        }
        Optional<Format> format = Formats.get().importFormatFor(sheets.get(0));
        if (format.isEmpty()) {
            return usage(err, sheets.get(0) + ": onbekend soort bestand; Bondgenoot importeert "
                    + Formats.get().importers().stream().map(f -> "." + f.extension()).collect(Collectors.joining(", ")) + ".");
        }
        for (Path sheet : sheets) {
            if (!format.equals(Formats.get().importFormatFor(sheet))) {
                return usage(err, "importeer bestanden van één soort tegelijk (" + sheets.get(0) + " en " + sheet + ").");
            }
        }
        try {
            Resource resource = Files.exists(modelFile) ? load(modelFile) : create(modelFile);
            Governancemodel model = (Governancemodel) resource.getContents().get(0);
            Importer importer = Formats.get().importerFor(sheets.get(0)).orElseThrow();
            ImportPreview preview = importer.preview(sheets, model);
            out.print(preview.tekst());
            if (preview.hasRejections()) {
                err.println("bondgenoot import: niets geïmporteerd: " + preview.rejections().size()
                        + (preview.rejections().size() == 1 ? " rij" : " rijen") + " afgewezen; " + modelFile + " is niet veranderd.");
                return ExitCode.USAGE_OR_INPUT;
            }
            if (previewOnly) {
                out.println("Alleen een voorbeeld (--voorbeeld): " + modelFile + " is niet veranderd.");
                return ExitCode.OK;
            }
            if (preview.isEmpty() && Files.exists(modelFile)) {
                out.println("Niets te doen: " + modelFile + " is al gelijk aan de spreadsheet.");
                return ExitCode.OK;
            }
            if (!preview.apply()) {
                err.println("bondgenoot import: de wijzigingen konden niet worden toegepast; " + modelFile + " is niet veranderd.");
                return ExitCode.USAGE_OR_INPUT;
            }
            ModelFiles.save(resource);
            out.println("Geïmporteerd in " + modelFile + ": " + preview.samenvatting().replace(", 0 afgewezen", "") + ".");
            return ExitCode.OK;
        } catch (ModelLoadException e) {
            err.println("bondgenoot import: " + e.toUserMessage() + " (het model wordt niet overschreven)");
        } catch (ExchangeException e) {
            err.println("bondgenoot import: " + e.toUserMessage());
        } catch (UnusableFileException e) { // changed on disk since it was read, read-only, no regular file
            err.println("bondgenoot import: niet opgeslagen: " + e.toUserMessage());
        } catch (IOException e) {
            err.println("bondgenoot import: " + modelFile + ": niet opgeslagen: " + e.getMessage());
        }
        return ExitCode.USAGE_OR_INPUT;
    }

    private static Resource load(Path modelFile) throws ModelLoadException {
        return ModelFiles.load(modelFile).eResource();
    }

    /** A new model at a path where none is yet: saved only as a new file. */
    private static Resource create(Path modelFile) {
        Path absolute = modelFile.toAbsolutePath().normalize();
        Resource resource = ModelFiles.newResourceSet().createResource(URI.createFileURI(absolute.toString()));
        Governancemodel model = BondgenootFactory.eINSTANCE.createGovernancemodel();
        String name = absolute.getFileName().toString();
        model.setNaam(name.substring(0, name.length() - ".bondgenoot".length()));
        model.setId(ModelFiles.newId());
        resource.getContents().add(model);
        return resource;
    }

    private static int usage(PrintStream err, String message) {
        err.println("bondgenoot import: " + message);
        err.println(USAGE);
        return ExitCode.USAGE_OR_INPUT;
    }
}
