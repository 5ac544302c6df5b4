package nl.bondgenoot.diagram.handlers;

import nl.bondgenoot.diagram.emf.ServedModel;
import nl.bondgenoot.diagram.glsp.UserMessages;
import nl.bondgenoot.diagram.model.MapSize;
import java.util.List;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.RequestModelActionHandler;
import org.eclipse.glsp.server.types.Severity;
import org.eclipse.glsp.server.utils.StatusActionUtil;

import com.google.inject.Inject;

/**
 * Opens the map as GLSP does, but a model too large for it, or a server that runs out of memory
 * while reading or drawing it, is said in Dutch on the page and on standard error instead of leaving
 * the page "loading" forever.
 */
public class MapRequestHandler extends RequestModelActionHandler {

    /**
     * Thrown while loading, before the map is built, when the map cannot be drawn: the model is larger
     * than the map draws, or the page asks for a view the model does not have.
     */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    @Inject
    private ServedModel served;

    @Override
    protected Class<RequestModelAction> deriveActionType() {
        return RequestModelAction.class;
    }

    @Override
    public List<Action> executeAction(RequestModelAction action) {
        try {
            return super.executeAction(action);
        } catch (Refused e) {
            return refused(e.getMessage());
        } catch (OutOfMemoryError e) {
            // What the failed attempt held is unreachable now: there is room again for a message.
            return refused(MapSize.outOfMemory(served.file()));
        }
    }

    private static List<Action> refused(String message) {
        UserMessages.toStandardError(message);
        return List.of(StatusActionUtil.clear(), new MessageAction(Severity.ERROR, message));
    }
}
