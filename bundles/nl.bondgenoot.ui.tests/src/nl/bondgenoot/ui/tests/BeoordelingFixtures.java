package nl.bondgenoot.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.persistence.BeoordelingFiles;
import nl.bondgenoot.model.persistence.ModelFiles;

/** Assessment files of an example practice, written beside a copy of its model. */
final class BeoordelingFixtures {

    static final Path NETWERKEN = Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "netwerken")
            .toAbsolutePath().normalize();

    private BeoordelingFixtures() {
    }

    /** A new, empty assessment with the instrument of a netwerk of an example model copied into the folder. */
    static Path nieuw(Path dir, String voorbeeld, String netwerkBegin, String instrumentId, String naam) throws Exception {
        Path model = dir.resolve(voorbeeld);
        if (!Files.exists(model)) {
            Files.copy(NETWERKEN.resolve(voorbeeld), model);
        }
        Governancemodel governancemodel = ModelFiles.load(ModelFiles.newResourceSet(), model);
        Netwerk netwerk = governancemodel.getNetwerken().stream()
                .filter(n -> n.getNaam() != null && n.getNaam().startsWith(netwerkBegin)).findFirst().orElseThrow();
        Path file = dir.resolve(naam);
        Beoordeling beoordeling = BeoordelingFiles.create(governancemodel, netwerk, instrumentId, file);
        BeoordelingFiles.save(beoordeling);
        return file;
    }
}
