package nl.bondgenoot.exchange.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;

/** The examples and fresh models the tests import into. */
final class Models {

    static final Path ROOT = Path.of(System.getProperty("bondgenoot.root", "../..")).toAbsolutePath().normalize();

    private Models() {
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("examples/netwerken"))) {
            return files.filter(f -> f.toString().endsWith(".bondgenoot")).sorted().toList();
        }
    }

    /** An empty model in a resource of its own (as `bondgenoot import --in NEW` makes it). */
    static Governancemodel empty(Path file) {
        Resource resource = ModelFiles.newResourceSet().createResource(URI.createFileURI(file.toString()));
        Governancemodel model = BondgenootFactory.eINSTANCE.createGovernancemodel();
        resource.getContents().add(model);
        return model;
    }
}
