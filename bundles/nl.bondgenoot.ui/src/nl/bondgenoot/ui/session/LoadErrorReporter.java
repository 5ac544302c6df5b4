package nl.bondgenoot.ui.session;

import nl.bondgenoot.model.persistence.ModelLoadException;

/** Tells the user that a file could not be opened; a dialog in the workbench, a recorder in tests. */
@FunctionalInterface
public interface LoadErrorReporter {
    void report(ModelLoadException problem);
}
