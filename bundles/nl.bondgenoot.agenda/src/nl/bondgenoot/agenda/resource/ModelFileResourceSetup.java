package nl.bondgenoot.agenda.resource;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.inject.Guice;
import com.google.inject.Injector;

import nl.bondgenoot.model.persistence.BondgenootResourceFactory;

/** Registers model files with EMF and Xtext outside OSGi too (the command line, tests, the LSP server). */
public final class ModelFileResourceSetup {

    private static Injector injector;

    private ModelFileResourceSetup() {
    }

    /**
     * Registers once and re-registers what has gone missing since: a test harness (Xtext's injector
     * providers restore the global registries after each test) or another tool in the same JVM may have
     * reset the global registries, and without the entry the project's actors silently stop linking.
     */
    public static synchronized Injector register() {
        if (injector == null) {
            injector = Guice.createInjector(new ModelFileResourceModule());
            IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap()
                    .put(BondgenootResourceFactory.FILE_EXTENSION, injector.getInstance(IResourceServiceProvider.class));
        }
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap()
                .putIfAbsent(BondgenootResourceFactory.FILE_EXTENSION, new BondgenootResourceFactory());
        IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap()
                .putIfAbsent(BondgenootResourceFactory.FILE_EXTENSION, injector.getInstance(IResourceServiceProvider.class));
        return injector;
    }
}
