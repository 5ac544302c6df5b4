package nl.bondgenoot.diagram.glsp;

import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.types.Severity;

import com.google.inject.Inject;

/** Tells the person at the diagram something in Dutch: in the page, and on the server's standard error. */
public class UserMessages {

    @Inject
    private ActionDispatcher dispatcher;

    /** While the model is being loaded: shown once the diagram is there. */
    public void warnOnceShown(String message) {
        toStandardError(message);
        dispatcher.dispatchAfterNextUpdate(new MessageAction(Severity.WARNING, message));
    }

    /** Something the person asked for did not happen (a save refused). */
    public void error(String message) {
        System.err.println("bondgenoot serve: " + message);
        dispatcher.dispatch(new MessageAction(Severity.ERROR, message));
    }

    /** A problem of the shown source (an agenda that does not read whole): in the page until {@link #clear()}. */
    public void problem(String message) {
        toStandardError(message);
        dispatcher.dispatch(new MessageAction(Severity.ERROR, message));
    }

    /** Takes the message of {@link #problem} away: the source reads again. */
    public void clear() {
        dispatcher.dispatch(new MessageAction(Severity.NONE, ""));
    }

    public void warn(String message) {
        toStandardError(message);
        dispatcher.dispatch(new MessageAction(Severity.WARNING, message));
    }

    /** For the person who started the server: its standard error. */
    public static void toStandardError(String message) {
        System.err.println("bondgenoot serve: " + message);
    }
}
