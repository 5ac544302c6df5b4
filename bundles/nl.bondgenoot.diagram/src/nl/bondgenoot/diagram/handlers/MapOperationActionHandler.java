package nl.bondgenoot.diagram.handlers;

import java.util.List;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.SetDirtyStateAction;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.operations.OperationActionHandler;
import org.eclipse.glsp.server.operations.OperationHandler;

import com.google.inject.Inject;

import nl.bondgenoot.diagram.model.NetwerkkaartGModelFactory;

/**
 * GLSP's operation handling, except that a layer or filter switched on the map's panel is not answered
 * with the whole map: the page has already hidden or faded what it hides (the elements carry their
 * layers and failed filters), so the server saves the switch in the view (an undoable command), notes
 * it on the map it has, and says only that the view has unsaved changes. For 500 actors that is not
 * building and sending 860 KB of map that draws exactly as before. Other pages on the model still
 * redraw (the command stack tells them), an undo redraws as always.
 */
public class MapOperationActionHandler extends OperationActionHandler {

    @Inject
    private NetwerkkaartGModelFactory factory;

    @Override
    protected List<Action> executeHandler(Operation operation, OperationHandler<?> handler) {
        if (!(operation instanceof ViewStateOperation viewState) || !ViewStateOperation.drawsTheSame(viewState)) {
            return super.executeHandler(operation, handler);
        }
        var command = handler.execute(operation);
        if (command.isEmpty()) {
            return none();
        }
        exexcuteCommand(command.get());
        factory.updateViewState();
        return List.of(new SetDirtyStateAction(modelState.isDirty(), SetDirtyStateAction.Reason.OPERATION));
    }
}
