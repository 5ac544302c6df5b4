package nl.bondgenoot.diagram.glsp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.model.persistence.AtomicWrite;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.provider.custom.BondgenootAdapterFactory;

/**
 * Where the diagram's model lives: its editing domain, the one place where the model may be read or
 * changed, and how it is saved. This default serves the browser map (`bondgenoot serve`): a domain
 * of its own with the item providers the model editor uses, a lock for exclusion, and a save of the
 * model followed by the notation. The workbench hosts the diagram in its own editor's model: same
 * domain, work on the UI thread, one save for all editors of the file.
 */
public class ModelHost {

    /** The diagram's notation as part of a save of the model to a file (nothing when it must not be written). */
    public interface NotationSave {
        List<AtomicWrite.Part> parts(Path modelFile);
    }

    private final Object lock = new Object();

    public AdapterFactoryEditingDomain domainFor(Path modelFile) {
        ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(List.of(new ResourceItemProviderAdapterFactory(),
                new BondgenootAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
        return new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
    }

    /** Runs a read or change of the model while nobody else reads or changes it. */
    public <T> T exclusive(Supplier<T> work) {
        synchronized (lock) {
            return work.get();
        }
    }

    public final void exclusive(Runnable work) {
        exclusive(() -> {
            work.run();
            return null;
        });
    }

    /** Calls the listener after each change of the domain's command stack, for as long as the diagram is open. */
    public void listen(AdapterFactoryEditingDomain domain, CommandStackListener listener) {
        domain.getCommandStack().addCommandStackListener(listener);
    }

    /** The diagram's notation is open: a save of the model from elsewhere must write it too. */
    public void attach(Notation notation, NotationSave save) {
        // the browser server saves only through the diagram, which passes the notation along
    }

    /** Saves the model file and the diagram's notation as one unit (inside {@link #exclusive}). */
    public void save(Resource model, NotationSave notation) throws IOException {
        ModelFiles.save(model, notation.parts(Path.of(model.getURI().toFileString())));
    }
}
