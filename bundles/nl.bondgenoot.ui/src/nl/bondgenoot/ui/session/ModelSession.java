package nl.bondgenoot.ui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.agenda.ProjectFiles;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.rules.Finding;

/**
 * What the active editor shows, for the views that follow it (Modelverkenner, Bevindingen, the
 * window title). It never loads or judges a file itself: the editors own their model (the model
 * editor its {@code ModelDocument}) and tell this what they show, so there is one way to open a
 * model and one copy of it. Free of SWT. Not thread-safe: call it from the UI thread; listeners are
 * notified on the calling thread.
 */
public final class ModelSession {

    /** Told after the open model (and with it the findings) changed. */
    @FunctionalInterface
    public interface Listener {
        void sessionChanged(ModelSession session);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Path file;
    private Governancemodel model;
    private List<Finding> findings = List.of();
    private String profileProblem;

    /**
     * Shows a model that an editor holds (and changes): the views then follow the editor's model
     * and the findings of its latest state.
     */
    public void show(Path modelFile, Governancemodel shown, List<Finding> found) {
        show(modelFile, shown, found, null);
    }

    /** As {@link #show(Path, Governancemodel, List)}, judged by the default rules because the project's profile could not be read. */
    public void show(Path modelFile, Governancemodel shown, List<Finding> found, String unreadableProfile) {
        file = modelFile.toAbsolutePath().normalize();
        model = shown;
        findings = List.copyOf(found);
        profileProblem = unreadableProfile;
        fire();
    }

    /** Why the project's rule profile could not be read (the default rules judged), or null. */
    public String profileProblem() {
        return profileProblem;
    }

    /** Back to "nothing open". */
    public void close() {
        file = null;
        model = null;
        findings = List.of();
        profileProblem = null;
        fire();
    }

    public boolean isOpen() {
        return model != null;
    }

    /** The open model, or null. */
    public Governancemodel model() {
        return model;
    }

    /** The open model's file (absolute), or null. */
    public Path file() {
        return file;
    }

    /** The findings of the open model, in the engine's order; empty when nothing is open. */
    public List<Finding> findings() {
        return findings;
    }

    /** The line in the file where the element starts, or 0 when unknown. */
    public int lineOf(EObject element) {
        return ProjectFiles.lineOf(element);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Listener l : listeners) {
            l.sessionChanged(this);
        }
    }
}
