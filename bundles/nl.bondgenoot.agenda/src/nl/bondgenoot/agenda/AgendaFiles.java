package nl.bondgenoot.agenda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;

import com.google.inject.Injector;

import nl.bondgenoot.agenda.resource.ModelFileResourceSetup;
import nl.bondgenoot.agenda.validation.AgendaIssueCodes;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;

/**
 * Reads agenda files (.agenda) for the headless front ends (the CLI now, the LSP server later): the
 * text becomes a Governancemodel, so the one rule engine checks it like a model file. A syntax error
 * or an unknown reference is a {@link ModelLoadException} with the line, like a broken model file.
 */
public final class AgendaFiles {

    public static final String FILE_EXTENSION = nl.bondgenoot.model.persistence.BondgenootFiles.AGENDA_EXTENSION;

    private static Injector injector;

    private AgendaFiles() {
    }

    private static synchronized Injector injector() {
        if (injector == null) {
            injector = new AgendaStandaloneSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }

    public static boolean isAgenda(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith("." + FILE_EXTENSION);
    }

    /**
     * The agenda as a model, for front ends that need it whole: any problem of the text (the first is
     * told, with how many more there are) is a {@link ModelLoadException}.
     */
    public static Governancemodel load(Path file) throws ModelLoadException {
        AgendaReading reading = read(file);
        List<TextProblem> problems = reading.problems();
        if (!problems.isEmpty()) {
            TextProblem first = problems.get(0);
            String more = problems.size() == 1 ? "" : " (en nog " + (problems.size() - 1) + " "
                    + (problems.size() == 2 ? "probleem" : "problemen") + " verder in het bestand)";
            throw new ModelLoadException(file, first.line(), "kolom " + first.column() + ": " + first.message() + more, null);
        }
        if (reading.model() == null) {
            throw new ModelLoadException(file, 0, "een leeg agendabestand", null);
        }
        return reading.model();
    }

    /**
     * Reads an agenda with every problem of its text: bytes that are not UTF-8, an empty file, every
     * syntax error and every name that does not link, in the order of the text. Only a file that
     * cannot be read at all is a {@link ModelLoadException}.
     */
    public static AgendaReading read(Path file) throws ModelLoadException {
        Path absolute = ModelFiles.readableFile(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(absolute);
        } catch (IOException | OutOfMemoryError e) {
            throw new ModelLoadException(file, 0, "kan de agenda niet lezen: " + e.getMessage(), e);
        }
        List<TextProblem> problems = new ArrayList<>(Utf8Text.invalidBytes(bytes));
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            problems.add(TextProblem.error(AgendaIssueCodes.SYNTAX, 1, 1, "het bestand is leeg; een agenda begint met"
                    + " 'maatschappelijke agenda', 'veranderagenda' of 'uitvoeringsagenda'"));
        }
        ModelFileResourceSetup.register(); // cheap; restores the model files' registration if it was reset
        XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
        addProjectFiles(set, absolute);
        Resource resource = set.createResource(URI.createFileURI(absolute.toString()));
        try {
            resource.load(new ByteArrayInputStream(bytes), set.getLoadOptions());
        } catch (IOException e) {
            throw new ModelLoadException(file, 0, "kan de agenda niet lezen: " + e.getMessage(), e);
        }
        EcoreUtil.resolveAll(resource);
        for (Resource.Diagnostic d : resource.getErrors()) {
            boolean syntax = d instanceof XtextSyntaxDiagnostic;
            problems.add(TextProblem.error(AgendaIssueCodes.shown(syntax, syntax ? null : codeOf(d)), Math.max(1, d.getLine()),
                    Math.max(1, d.getColumn()), d.getMessage()));
        }
        problems.sort(Comparator.comparingInt(TextProblem::line).thenComparingInt(TextProblem::column));
        Governancemodel model = resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Governancemodel m)
                ? null : m;
        if (model != null && model.getNaam() == null) {
            model.setNaam(file.getFileName().toString()); // how findings about the file as a whole name it
        }
        return new AgendaReading(model, List.copyOf(problems));
    }

    private static String codeOf(Resource.Diagnostic d) {
        return d instanceof org.eclipse.xtext.diagnostics.AbstractDiagnostic x ? x.getCode() : null;
    }

    /**
     * The project's model files and other agendas join the resource set, so that names of actors,
     * networks, effects and opgaven elsewhere in the project link. A file that cannot be read is left
     * out; the names it would have given are then reported as unknown.
     */
    public static void addProjectFiles(ResourceSet set, Path agenda) {
        List<Path> others;
        try {
            others = AgendaProject.filesBeside(agenda);
        } catch (IOException e) {
            return;
        }
        for (Path other : others) {
            URI uri = URI.createFileURI(other.toString());
            try {
                set.getResource(uri, true);
            } catch (RuntimeException e) {
                Resource broken = set.getResource(uri, false);
                if (broken != null) {
                    set.getResources().remove(broken);
                }
            }
        }
    }

    /** The line on which an element of an agenda starts, or 0 when it did not come from text. */
    public static int lineOf(EObject element) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
        return node == null ? 0 : node.getStartLine();
    }
}
