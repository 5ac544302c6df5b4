package nl.bondgenoot.ui.session;

import nl.bondgenoot.model.persistence.UnreadableFileException;

/**
 * Tells the user that a file could not be opened (the model, or the rule profile beside it); a
 * dialog in the workbench, a recorder in tests.
 */
@FunctionalInterface
public interface LoadErrorReporter {
    void report(UnreadableFileException problem);
}
