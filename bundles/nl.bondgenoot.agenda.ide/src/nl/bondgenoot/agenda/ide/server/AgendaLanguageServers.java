package nl.bondgenoot.agenda.ide.server;

import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

import nl.bondgenoot.agenda.AgendaFiles;
import nl.bondgenoot.agenda.ide.AgendaIdeSetup;
import nl.bondgenoot.agenda.resource.ModelFileResourceSetup;
import nl.bondgenoot.model.persistence.BondgenootResourceFactory;

/**
 * Creates language servers for agendas: agenda files with their IDE services, and the project's
 * model files (.bondgenoot) in the index so that names of actors and networks link. Used by the
 * {@code lsp} application and by tests, which talk to the same server over pipes.
 */
public final class AgendaLanguageServers {

    private AgendaLanguageServers() {
    }

    public static LanguageServer create(ServerExit exit) {
        return Guice.createInjector(Modules.override(new ServerModule()).with(new AgendaServerModule(languages(), exit)))
                .getInstance(LanguageServer.class);
    }

    /** The two kinds of file the server reads, and nothing else that happens to be registered globally. */
    static synchronized IResourceServiceProvider.Registry languages() {
        Injector agendas = new AgendaIdeSetup().createInjectorAndDoEMFRegistration();
        Injector models = ModelFileResourceSetup.register();
        IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
        registry.getExtensionToFactoryMap().put(AgendaFiles.FILE_EXTENSION, agendas.getInstance(IResourceServiceProvider.class));
        registry.getExtensionToFactoryMap().put(BondgenootResourceFactory.FILE_EXTENSION,
                models.getInstance(IResourceServiceProvider.class));
        return registry;
    }
}
