package nl.bondgenoot.diagram.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;

/**
 * The browser sends the routes of a moved node's edges together with the move, in one compound
 * operation. The map stores no routes (ELK and the browser route every edge), so they change nothing;
 * but the server must know the operation: without a handler it cannot read the compound operation,
 * and the websocket is closed, so that moving a node with edges broke the session.
 */
public class ChangeRoutingPointsHandler extends NetwerkkaartOperationHandler<ChangeRoutingPointsOperation> {

    @Override
    public String getLabel() {
        return "Verbindingen volgen";
    }

    @Override
    public Optional<Command> createCommand(ChangeRoutingPointsOperation operation) {
        return doNothing();
    }
}
