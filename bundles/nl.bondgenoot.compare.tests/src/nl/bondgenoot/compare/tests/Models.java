package nl.bondgenoot.compare.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.persistence.ModelFiles;

/** Versions of the Kamperpoort skeleton example, changed in code and saved as a user's save does. */
final class Models {

    static final String GEMEENTE = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1101";
    static final String TRAVERS = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1102";
    static final String DE_KERN = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1103";
    static final String WMO_RAAD = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1104";
    static final String INWONERS = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1105";
    static final String OK_TEAM = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1201";
    static final String ROL_DE_KERN = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1303";
    static final String ADVIES = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1401";
    static final String VERANTWOORDING = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1402";
    /** A second netwerk, in the base of the tests that move things. */
    static final String WIJKTAFEL = "0000aaaa-0000-4000-8000-000000000201";

    private Models() {
    }

    static Path example() {
        return Path.of(System.getProperty("bondgenoot.root", "../..")).resolve("examples/skelet/kamperpoort-kern.bondgenoot");
    }

    /** The example with a second netwerk "Wijktafel" (no members), saved as {@code name}. */
    static Path base(Path folder, String name) throws Exception {
        return variant(example(), folder.resolve(name), model -> {
            Netwerk wijktafel = BondgenootFactory.eINSTANCE.createNetwerk();
            wijktafel.setId(WIJKTAFEL);
            wijktafel.setNaam("Wijktafel");
            model.getNetwerken().add(wijktafel);
        });
    }

    /** {@code from} changed by {@code change}, saved as {@code to} (the same save as the workbench's). */
    static Path variant(Path from, Path to, Consumer<Governancemodel> change) throws Exception {
        Governancemodel model = ModelFiles.load(from);
        change.accept(model);
        ModelFiles.saveCopy(model.eResource(), to, List.of());
        return to;
    }

    static Resource load(Path file) throws Exception {
        return ModelFiles.load(file).eResource();
    }

    @SuppressWarnings("unchecked")
    static <T extends EObject> T element(Governancemodel model, String id) {
        return (T) model.eResource().getEObject(id);
    }

    static Actor actor(Governancemodel model, String id) {
        return element(model, id);
    }

    static String text(Path file) throws IOException {
        return Files.readString(file);
    }
}
