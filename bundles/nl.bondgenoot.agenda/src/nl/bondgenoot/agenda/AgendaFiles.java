package nl.bondgenoot.agenda;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import nl.bondgenoot.agenda.resource.ModelFileResourceSetup;
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

    public static Governancemodel load(Path file) throws ModelLoadException {
        Path absolute = ModelFiles.readableFile(file);
        ModelFileResourceSetup.register(); // cheap; restores the model files' registration if it was reset
        XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
        addProjectFiles(set, absolute);
        Resource resource = set.createResource(URI.createFileURI(absolute.toString()));
        try {
            resource.load(set.getLoadOptions());
        } catch (IOException e) {
            throw new ModelLoadException(file, 0, "kan de agenda niet lezen: " + e.getMessage(), e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw problem(file, resource.getErrors(), "syntaxfout in kolom ");
        }
        EcoreUtil.resolveAll(resource);
        List<Resource.Diagnostic> linking = resource.getErrors();
        if (!linking.isEmpty()) {
            throw problem(file, linking, "kolom ");
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Governancemodel model)) {
            throw new ModelLoadException(file, 0, "een leeg agendabestand", null);
        }
        if (model.getNaam() == null) {
            model.setNaam(file.getFileName().toString()); // how findings about the file as a whole name it
        }
        return model;
    }

    /** The first problem with its place; how many more there are, so nobody thinks one fix is enough. */
    private static ModelLoadException problem(Path file, List<Resource.Diagnostic> problems, String kind) {
        Resource.Diagnostic first = problems.get(0);
        String more = problems.size() == 1 ? "" : " (en nog " + (problems.size() - 1) + " " + (problems.size() == 2 ? "probleem" : "problemen") + " verder in het bestand)";
        return new ModelLoadException(file, first.getLine(), kind + first.getColumn() + ": " + first.getMessage() + more, null);
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
