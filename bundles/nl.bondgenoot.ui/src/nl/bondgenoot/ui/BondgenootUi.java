package nl.bondgenoot.ui;

import nl.bondgenoot.ui.project.BondgenootProject;
import nl.bondgenoot.ui.session.ModelSession;

/**
 * The workbench-wide session (what the active editor shows) and project. One workbench runs per
 * process, so plain statics are enough; views, handlers and tests all reach the same instances
 * through here. Files are opened by {@code FileEditors} only.
 */
public final class BondgenootUi {

    private static final ModelSession SESSION = new ModelSession();
    private static final BondgenootProject PROJECT = new BondgenootProject();

    private BondgenootUi() {
    }

    public static ModelSession session() {
        return SESSION;
    }

    /** The project the user works in (a folder with bondgenoot.profiel), or none yet. */
    public static BondgenootProject project() {
        return PROJECT;
    }
}
