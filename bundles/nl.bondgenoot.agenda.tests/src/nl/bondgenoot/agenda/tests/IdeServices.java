package nl.bondgenoot.agenda.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import nl.bondgenoot.agenda.ide.AgendaIdeSetup;
import nl.bondgenoot.agenda.resource.ModelFileResourceSetup;
import nl.bondgenoot.model.persistence.BondgenootResourceFactory;

/**
 * Test support for the IDE services: the injector the LSP server uses (runtime plus IDE module) and
 * an agenda read in a project folder with the skeleton model file beside it, so that actor names link.
 */
final class IdeServices {

    private static Injector injector;

    private IdeServices() {
    }

    static synchronized Injector injector() {
        if (injector == null) {
            injector = new AgendaIdeSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }

    /**
     * Tests that use Xtext's InjectionExtension reset EMF's global registries after them; the agenda
     * language (with its IDE services) and the model files are registered again before each load.
     */
    private static void registerLanguages() {
        new AgendaIdeSetup().register(injector());
        Injector models = ModelFileResourceSetup.register();
        IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap()
                .put(BondgenootResourceFactory.FILE_EXTENSION, models.getInstance(IResourceServiceProvider.class));
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap()
                .put(BondgenootResourceFactory.FILE_EXTENSION, new BondgenootResourceFactory());
    }

    /** Writes the agenda into the project (with kamperpoort-kern.bondgenoot beside it) and reads it. */
    static XtextResource load(Path project, String agenda) throws Exception {
        Path model = project.resolve("kamperpoort.bondgenoot");
        if (!Files.exists(model)) {
            Files.copy(AgendaTexts.root().resolve("examples/skelet/kamperpoort-kern.bondgenoot"), model);
        }
        Path file = Files.writeString(project.resolve("wijk.agenda"), agenda);
        registerLanguages();
        XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
        set.getResource(URI.createFileURI(model.toString()), true);
        return (XtextResource) set.getResource(URI.createFileURI(file.toString()), true);
    }
}
