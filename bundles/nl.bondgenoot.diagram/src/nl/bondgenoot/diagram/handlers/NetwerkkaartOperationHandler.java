package nl.bondgenoot.diagram.handlers;

import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

import com.google.inject.Inject;

import nl.bondgenoot.diagram.model.NetwerkkaartModelState;

/**
 * Base of the network map's operation handlers: each turns one GLSP operation into an EMF command on
 * the model's editing domain (or the notation), which GLSP then executes on the model's command stack.
 */
abstract class NetwerkkaartOperationHandler<O extends Operation> extends BasicOperationHandler<O> {

    @Inject
    private NetwerkkaartModelState state;

    protected ModelEdits edits() {
        return new ModelEdits(state);
    }
}
