package nl.bondgenoot.diagram.emf;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import nl.bondgenoot.model.Governancemodel;

/**
 * A model a diagram only shows and never changes, whose source is written elsewhere (an agenda's
 * text, in a file or in the workbench's editor): each new reading is handed to the listeners. A
 * reading that did not read whole keeps the last good model and says why.
 */
public abstract class ShownModel {

    /** What was read: the model to show (the last good one), and the problem of the latest reading (Dutch), or null. */
    public record Reading(Governancemodel model, String problem) {
    }

    private final List<Consumer<Reading>> listeners = new CopyOnWriteArrayList<>();
    private volatile Reading latest;

    protected ShownModel(Governancemodel first) {
        latest = new Reading(first, null);
    }

    /** The model to show and the problem of the latest reading. */
    public Reading latest() {
        return latest;
    }

    /** Called after each new reading, good or not, on a thread of the source's choosing. */
    public void listen(Consumer<Reading> listener) {
        listeners.add(listener);
    }

    public void unlisten(Consumer<Reading> listener) {
        listeners.remove(listener);
    }

    /** A new reading: the model read, or, with a problem, the last good model kept. */
    protected void read(Governancemodel model, String problem) {
        Reading reading = new Reading(problem == null && model != null ? model : latest.model(), problem);
        latest = reading;
        listeners.forEach(l -> l.accept(reading));
    }

    /** Nobody listens any more (the diagram stops). */
    protected void forgetListeners() {
        listeners.clear();
    }
}
