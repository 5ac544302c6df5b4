package nl.bondgenoot.diagram.emf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import nl.bondgenoot.diagram.notation.MapViews;
import nl.bondgenoot.diagram.notation.NotationException;
import nl.bondgenoot.diagram.notation.NotationFile;
import nl.bondgenoot.model.persistence.AtomicWrite;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;
import nl.bondgenoot.model.provider.custom.BondgenootAdapterFactory;

/**
 * Where the diagram's model lives: its editing domain, the one place where the model may be read or
 * changed, and how it is saved. This default serves the browser map (`bondgenoot serve`): one domain
 * with the item providers the model editor uses and one notation, shared by every browser session of
 * the server (so every tab shows and undoes the same edits and a save keeps them all), a lock for
 * exclusion, and a save of the model followed by the notation. The workbench hosts the diagram in its own editor's model: same
 * domain, work on the UI thread, one save for all editors of the file.
 */
public class ModelHost {

    /** The diagram's notation as part of a save of the model to a file (nothing when it must not be written). */
    public interface NotationSave {
        List<AtomicWrite.Part> parts(Path modelFile);
    }

    /** The views of a map, or why they could not be read (then they are never written). */
    public record OpenNotation(MapViews views, NotationException problem) {

        /** Reads the notation file beside the model; a problem is returned, not thrown. */
        public static OpenNotation read(Path modelFile) {
            try {
                return new OpenNotation(NotationFile.read(NotationFile.besides(modelFile)), null);
            } catch (NotationException e) {
                return new OpenNotation(new MapViews(), e);
            }
        }
    }

    /** Reads the notation file; a problem is returned, not thrown. */
    public interface NotationRead {
        OpenNotation read();
    }

    private final Object lock = new Object();
    private final List<CommandStackListener> listeners = new CopyOnWriteArrayList<>();
    private AdapterFactoryEditingDomain domain;
    private OpenNotation notation;
    private FollowedFile followed;

    /** The editing domain of the model: made by the first session, shared by all that follow. */
    public AdapterFactoryEditingDomain domainFor(Path modelFile) {
        synchronized (lock) {
            if (domain == null) {
                ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(List.of(new ResourceItemProviderAdapterFactory(),
                        new BondgenootAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
                domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
                // One listener on the stack, handing each change to the sessions open at that moment.
                domain.getCommandStack().addCommandStackListener(event -> listeners.forEach(l -> l.commandStackChanged(event)));
            }
            return domain;
        }
    }

    /**
     * The views of the map: read when the first session opens one, then shared, so that a move in one
     * session is drawn, undone and saved in all of them (and a session of another view keeps it when saving).
     */
    public OpenNotation notationFor(Path modelFile, NotationRead read) {
        synchronized (lock) {
            if (notation == null) {
                notation = read.read();
            }
            return notation;
        }
    }

    /**
     * The model of a file that is shown and never edited (an agenda, see
     * {@link nl.bondgenoot.diagram.notation.ReadOnlyViews}): read when the first session opens it, then
     * followed on disk and shared by every session. The workbench feeds its editor's text instead.
     */
    public ShownModel shown(Path file) throws ModelLoadException {
        synchronized (lock) {
            if (followed == null) {
                followed = FollowedFile.start(file);
            }
            return followed;
        }
    }

    /** Stops following the shown file, if one is followed. */
    public void close() {
        synchronized (lock) {
            if (followed != null) {
                followed.close();
            }
        }
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
    public void listen(AdapterFactoryEditingDomain editingDomain, CommandStackListener listener) {
        listeners.add(listener);
    }

    /** The session of this listener has ended (its page was closed); may be called from within the listener. */
    public void unlisten(CommandStackListener listener) {
        listeners.remove(listener);
    }

    /** The diagram's notation is open: a save of the model from elsewhere must write it too. */
    public void attach(MapViews views, NotationSave save) {
        // the browser server saves only through the diagram, which passes the notation along
    }

    /** Saves the model file and the diagram's notation as one unit (inside {@link #exclusive}). */
    public void save(Resource model, NotationSave notation) throws IOException {
        ModelFiles.save(model, notation.parts(Path.of(model.getURI().toFileString())));
    }
}
