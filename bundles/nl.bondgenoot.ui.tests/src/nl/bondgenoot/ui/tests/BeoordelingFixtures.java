package nl.bondgenoot.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import nl.bondgenoot.model.Beoordelingsinstrument;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Checklistbeoordeling;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.persistence.BondgenootResourceFactory;
import nl.bondgenoot.model.persistence.ModelFiles;

/** Assessment files of an example practice, written beside a copy of its model. */
final class BeoordelingFixtures {

    static final Path SLEUTELTEAM = Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "netwerken",
            "sleutelteam-berflo-es.bondgenoot").toAbsolutePath().normalize();

    private BeoordelingFixtures() {
    }

    /** An empty checklist of the Sleutelteam Berflo Es, beside a copy of its model in the folder. */
    static Path checklist(Path dir) throws Exception {
        Path model = Files.copy(SLEUTELTEAM, dir.resolve("sleutelteam-berflo-es.bondgenoot"));
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("beoordeling", new BondgenootResourceFactory());
        Governancemodel governancemodel = ModelFiles.load(set, model);
        Netwerk netwerk = governancemodel.getNetwerken().stream()
                .filter(n -> n.getNaam() != null && n.getNaam().startsWith("Sleutelteam Berflo Es")).findFirst().orElseThrow();
        Checklistbeoordeling beoordeling = BondgenootFactory.eINSTANCE.createChecklistbeoordeling();
        beoordeling.setInstrument(Beoordelingsinstrument.CHECKLIST_WMO_PRAKTIJKEN);
        beoordeling.setOnderwerp(netwerk);
        beoordeling.setDatum("2026-12-01");
        Path file = dir.resolve("sleutelteam-checklist.beoordeling");
        Resource resource = set.createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(beoordeling);
        resource.save(null);
        return file;
    }
}
