package nl.bondgenoot.ui.session;

import java.nio.file.Path;
import java.util.Objects;

import nl.bondgenoot.model.persistence.UnreadableFileException;

/**
 * Opens a model file for the user: the one path shared by the menu, the command line and the tests,
 * so that a load error is always reported the same way and never escapes as an exception.
 */
public final class ModelOpener {

    private final ModelSession session;
    private LoadErrorReporter reporter;

    public ModelOpener(ModelSession session, LoadErrorReporter reporter) {
        this.session = session;
        this.reporter = Objects.requireNonNull(reporter);
    }

    /** @return true when the file is now the open model; false when it was reported as unreadable */
    public boolean open(Path file) {
        try {
            session.open(file);
            return true;
        } catch (UnreadableFileException e) {
            reporter.report(e);
            return false;
        }
    }

    public LoadErrorReporter reporter() {
        return reporter;
    }

    /** Swaps how load errors reach the user; tests use it to avoid a blocking modal dialog. */
    public void setReporter(LoadErrorReporter reporter) {
        this.reporter = Objects.requireNonNull(reporter);
    }
}
