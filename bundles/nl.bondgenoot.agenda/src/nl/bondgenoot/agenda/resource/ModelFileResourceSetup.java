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

    public static synchronized Injector register() {
        if (injector == null) {
            injector = Guice.createInjector(new ModelFileResourceModule());
            Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap()
                    .putIfAbsent(BondgenootResourceFactory.FILE_EXTENSION, new BondgenootResourceFactory());
            IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap()
                    .put(BondgenootResourceFactory.FILE_EXTENSION, injector.getInstance(IResourceServiceProvider.class));
        }
        return injector;
    }
}
