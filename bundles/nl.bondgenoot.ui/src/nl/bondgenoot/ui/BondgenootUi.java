package nl.bondgenoot.ui;

import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.ui.project.BondgenootProject;
import nl.bondgenoot.ui.session.ModelOpener;
import nl.bondgenoot.ui.session.ModelSession;

/**
 * The workbench-wide session and opener. One workbench runs per process, so plain statics are
 * enough; views, handlers and tests all reach the same instances through here.
 */
public final class BondgenootUi {

    /** The same rules and project profile (bondgenoot.profiel) as `bondgenoot validate` uses. */
    private static final ModelSession SESSION = new ModelSession(Rules::engineFor);
    private static final ModelOpener OPENER = new ModelOpener(SESSION, new DialogErrorReporter());
    private static final BondgenootProject PROJECT = new BondgenootProject();

    private BondgenootUi() {
    }

    public static ModelSession session() {
        return SESSION;
    }

    public static ModelOpener opener() {
        return OPENER;
    }

    /** The project the user works in (a folder with bondgenoot.profiel), or none yet. */
    public static BondgenootProject project() {
        return PROJECT;
    }
}
