package nl.bondgenoot.diagram.handlers;

import org.eclipse.glsp.server.actions.Action;

/** Server-internal: the model changed outside the diagram (another editor on the same command stack). */
public class RefreshAction extends Action {

    public static final String KIND = "netwerkkaartVernieuwen";

    public RefreshAction() {
        super(KIND);
    }
}
