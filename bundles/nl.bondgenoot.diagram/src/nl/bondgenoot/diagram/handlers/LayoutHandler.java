package nl.bondgenoot.diagram.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.LayoutOperation;

import nl.bondgenoot.diagram.layout.LayoutAlgorithm;

/** GLSP's own layout request (Ctrl+Shift+L in the web client): the map in layers. */
public class LayoutHandler extends NetwerkkaartOperationHandler<LayoutOperation> {

    @Override
    public String getLabel() {
        return "Indelen";
    }

    @Override
    public Optional<Command> createCommand(LayoutOperation operation) {
        ModelEdits edits = edits();
        return AutoLayouts.command(edits, edits.layoutGraph(), LayoutAlgorithm.LAGEN);
    }
}
