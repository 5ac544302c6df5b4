package nl.bondgenoot.agenda.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.junit.jupiter.api.Test;

import nl.bondgenoot.agenda.AgendaFiles;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.BondgenootResourceFactory;

/**
 * Regression: Xtext's test injector providers restore the global registries after each test, which took
 * away the registration of the model files; an agenda read afterwards no longer found its actors
 * ("onbekende actor"). Reading an agenda now restores the registration it needs.
 */
class ModelFileRegistrationTest {

    @Test
    void anAgendaStillLinksItsActorsAfterTheGlobalRegistryWasReset() throws Exception {
        AgendaFiles.load(Examples.file("agendas", "huishoudelijke-hulp.agenda"));
        IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().remove(BondgenootResourceFactory.FILE_EXTENSION);
        Governancemodel model = AgendaFiles.load(Examples.file("agendas", "huishoudelijke-hulp.agenda"));
        assertEquals("Gemeente", model.getMaatschappelijkeAgenda().getProcesEigenaar().getNaam());
    }
}
