package nl.bondgenoot.diagram.emf;

import java.util.function.Consumer;

import nl.bondgenoot.model.Governancemodel;

/**
 * A model a diagram only shows and never changes, whose source is written elsewhere (an agenda's
 * text, in a file or in the workbench's editor): each new reading is handed to the listeners. A
 * reading that did not read whole keeps the last good model and says why.
 */
public interface ShownModel {

    /** What was read: the model to show (the last good one), and the problem of the latest reading (Dutch), or null. */
    record Reading(Governancemodel model, String problem) {
    }

    /** The model to show and the problem of the latest reading. */
    Reading latest();

    /** Called after each new reading, good or not, on a thread of the source's choosing. */
    void listen(Consumer<Reading> listener);

    void unlisten(Consumer<Reading> listener);
}
