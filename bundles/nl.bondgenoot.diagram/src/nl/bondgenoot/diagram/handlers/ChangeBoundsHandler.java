package nl.bondgenoot.diagram.handlers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GDimension;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;

import nl.bondgenoot.diagram.notation.Bounds;

/**
 * Moving and resizing change the notation only, never the model. A size is stored only when the
 * user resized the element; otherwise it stays as large as its content.
 */
public class ChangeBoundsHandler extends NetwerkkaartOperationHandler<ChangeBoundsOperation> {

    private static final double SAME = 0.5;

    @Override
    public String getLabel() {
        return "Verplaatsen";
    }

    @Override
    public Optional<Command> createCommand(ChangeBoundsOperation operation) {
        ModelEdits edits = edits();
        Map<String, Bounds> changed = new LinkedHashMap<>();
        for (ElementAndBounds e : operation.getNewBounds()) {
            Optional<GNode> node = edits.drawnNode(e.getElementId());
            if (node.isEmpty() || e.getNewPosition() == null) {
                continue;
            }
            Bounds before = edits.stored(e.getElementId()).orElse(Bounds.at(0, 0));
            GDimension size = e.getNewSize();
            boolean resized = size != null && node.get().getSize() != null
                    && (Math.abs(size.getWidth() - node.get().getSize().getWidth()) > SAME
                            || Math.abs(size.getHeight() - node.get().getSize().getHeight()) > SAME);
            changed.put(e.getElementId(), resized
                    ? new Bounds(e.getNewPosition().getX(), e.getNewPosition().getY(), size.getWidth(), size.getHeight())
                    : before.movedTo(e.getNewPosition().getX(), e.getNewPosition().getY()));
        }
        if (changed.isEmpty()) {
            return doNothing();
        }
        return Optional.of(edits.notation(changed.size() == 1 ? "Verplaatsen" : "Verplaatsen (" + changed.size() + ")", changed));
    }
}
