package nl.bondgenoot.agenda;

import com.google.inject.Injector;

import nl.bondgenoot.agenda.resource.ModelFileResourceSetup;

/**
 * Starts the agenda language without the Equinox extension registry (command line, tests, LSP
 * server), together with the index support for the project's model files it refers to.
 */
public class AgendaStandaloneSetup extends AgendaStandaloneSetupGenerated {

    public static void doSetup() {
        new AgendaStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    @Override
    public Injector createInjectorAndDoEMFRegistration() {
        ModelFileResourceSetup.register();
        return super.createInjectorAndDoEMFRegistration();
    }
}
