package nl.bondgenoot.beoordeling.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.BondgenootResourceFactory;
import nl.bondgenoot.model.provider.custom.BondgenootAdapterFactory;

/**
 * One assessment file as its form editor edits it: the assessment, the model it refers to (loaded through
 * the cross-document references), and the editing domain whose one command stack gives Ongedaan maken /
 * Opnieuw. A file that cannot be read keeps its reason and is never written.
 */
public final class BeoordelingDocument {

    private final Path file;
    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(List.of(
            new ResourceItemProviderAdapterFactory(), new BondgenootAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
    private final BasicCommandStack commandStack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
    private Beoordeling beoordeling;
    private String loadError;

    public BeoordelingDocument(Path file) {
        this.file = file.toAbsolutePath().normalize();
        domain.getResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap().put("beoordeling",
                new BondgenootResourceFactory());
    }

    /** Reads the file; when it cannot be read, {@link #loadError()} says why in Dutch. */
    public void load() {
        try {
            Resource resource = domain.getResourceSet().getResource(URI.createFileURI(file.toString()), true);
            EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
            if (!(root instanceof Beoordeling b)) {
                loadError = file + ": geen beoordeling";
                return;
            }
            beoordeling = b;
        } catch (RuntimeException e) {
            loadError = file + ": " + e.getMessage();
        }
    }

    /** Writes the assessment; nothing when it could not be read. */
    public void save() throws IOException {
        if (beoordeling == null) {
            return;
        }
        beoordeling.eResource().save(null);
        commandStack.saveIsDone();
    }

    public boolean isDirty() {
        return beoordeling != null && commandStack.isSaveNeeded();
    }

    public Path file() {
        return file;
    }

    public Beoordeling beoordeling() {
        return beoordeling;
    }

    /** The model the assessment is about (its subject's model), or null when it has no subject. */
    public Governancemodel model() {
        if (beoordeling == null) {
            return null;
        }
        EObject container = beoordeling.getOnderwerp();
        while (container != null && !(container instanceof Governancemodel)) {
            container = container.eContainer();
        }
        return (Governancemodel) container;
    }

    public String loadError() {
        return loadError;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public BasicCommandStack commandStack() {
        return commandStack;
    }

    public void dispose() {
        adapterFactory.dispose();
    }
}
