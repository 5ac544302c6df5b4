package nl.bondgenoot.diagram.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.eclipse.swt.widgets.Display;

import nl.bondgenoot.diagram.emf.ModelHost;
import nl.bondgenoot.diagram.notation.MapViews;
import nl.bondgenoot.ui.editor.ModelDocument;

/**
 * Hosts the map in the workbench's model of the file: the model editor's editing domain, every read
 * and change of the model on the UI thread (where the tree, Eigenschappen and the rules touch it
 * too), and the document's one save, which writes the notation along. GLSP calls in from its own
 * threads; the UI thread never waits for GLSP, so bringing the work over cannot deadlock.
 */
final class WorkbenchModelHost extends ModelHost {

    private final ModelDocument document;
    private final Display display;
    private final List<CommandStackListener> listeners = new ArrayList<>();
    private ModelDocument.SaveParticipant notationSave;
    private MapViews views;

    WorkbenchModelHost(ModelDocument document, Display display) {
        this.document = document;
        this.display = display;
    }

    @Override
    public AdapterFactoryEditingDomain domainFor(Path modelFile) {
        return document.domain();
    }

    @Override
    public <T> T exclusive(Supplier<T> work) {
        if (Thread.currentThread() == display.getThread()) {
            return work.get();
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try {
            display.syncExec(() -> {
                try {
                    result.set(work.get());
                } catch (RuntimeException e) {
                    failure.set(e);
                }
            });
        } catch (org.eclipse.swt.SWTException closed) {
            throw new GLSPServerException("De werkbank is gesloten; de netwerkkaart kan niets meer doen.", closed);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** One map page per editor: a new page (reload) replaces the listeners of the one before. */
    @Override
    public void listen(AdapterFactoryEditingDomain domain, CommandStackListener listener) {
        exclusive(() -> {
            removeListeners();
            listeners.add(listener);
            document.commandStack().addCommandStackListener(listener);
        });
    }

    @Override
    public void attach(MapViews opened, NotationSave save) {
        exclusive(() -> {
            removeNotationSave();
            views = opened;
            notationSave = save::parts;
            document.addSaveParticipant(notationSave);
        });
    }

    /** Whichever editor saves: the document writes the model and then this map's notation. */
    @Override
    public void save(Resource model, NotationSave ignored) throws IOException {
        document.save();
    }

    /** The views of the map as they now are (unsaved changes included), or null before the map has loaded. */
    MapViews views() {
        return views;
    }

    /** The editor closes: nothing of the map may stay on the document (UI thread). */
    void detach() {
        removeListeners();
        removeNotationSave();
    }

    private void removeListeners() {
        listeners.forEach(document.commandStack()::removeCommandStackListener);
        listeners.clear();
    }

    private void removeNotationSave() {
        if (notationSave != null) {
            document.removeSaveParticipant(notationSave);
            notationSave = null;
        }
    }
}
