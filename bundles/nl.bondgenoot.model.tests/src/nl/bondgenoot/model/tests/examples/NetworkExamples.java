package nl.bondgenoot.model.tests.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;
import nl.bondgenoot.model.tests.Examples;

/** The worked examples of SPEC section 4 in {@code examples/netwerken}, and lookups by name within them. */
final class NetworkExamples {

    static final String EXTENSION = ".bondgenoot";

    private NetworkExamples() {
    }

    static Path directory() {
        return Examples.root().resolve("examples").resolve("netwerken");
    }

    static Path network(String file) {
        return directory().resolve(file);
    }

    static List<Path> all() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(p -> p.getFileName().toString().endsWith(EXTENSION)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Governancemodel load(String file) throws ModelLoadException {
        return ModelFiles.load(network(file));
    }

    static Actor actor(Governancemodel model, String naam) {
        return model.getActoren().stream().filter(a -> naam.equals(a.getNaam())).findFirst()
                .orElseThrow(() -> new AssertionError("geen actor '" + naam + "' in " + model.getNaam()));
    }

    static Netwerk netwerk(Governancemodel model, String naamBegin) {
        List<Netwerk> found = model.getNetwerken().stream().filter(n -> n.getNaam().startsWith(naamBegin)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " netwerken beginnend met '" + naamBegin + "' in " + model.getNaam());
        }
        return found.get(0);
    }
}
