package nl.bondgenoot.agenda.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

/** The example files of the repository, and a resource set holding the model files an agenda names. */
final class Examples {

    static final Path ROOT = Path.of(System.getProperty("bondgenoot.root", "../..")).toAbsolutePath().normalize();

    private Examples() {
    }

    static Path file(String folder, String name) {
        return ROOT.resolve("examples").resolve(folder).resolve(name);
    }

    static String read(String folder, String name) {
        try {
            return Files.readString(file(folder, name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Adds the model files of the example agendas (partijen.bondgenoot) and of Netwerk Welzijn Versterkt
     * (a network to name in "coalitie in netwerk") to the set, as the command line does for a project.
     */
    static XtextResourceSet withModels(XtextResourceSet set) {
        load(set, file("agendas", "partijen.bondgenoot"));
        load(set, file("netwerken", "netwerk-welzijn-versterkt.bondgenoot"));
        return set;
    }

    static Resource load(XtextResourceSet set, Path model) {
        return set.getResource(URI.createFileURI(model.toString()), true);
    }
}
