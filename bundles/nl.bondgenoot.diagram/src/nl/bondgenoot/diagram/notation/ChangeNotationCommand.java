package nl.bondgenoot.diagram.notation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * Changes the bounds of some elements in the notation (a {@code null} value removes them), on the
 * model's command stack so that moving, resizing and automatic layout are undone like any other edit.
 */
public final class ChangeNotationCommand extends AbstractCommand {

    private final Notation notation;
    private final Map<String, Bounds> newBounds;
    private final Map<String, Bounds> oldBounds = new LinkedHashMap<>();

    public ChangeNotationCommand(String label, Notation notation, Map<String, Bounds> newBounds) {
        super(label);
        this.notation = notation;
        this.newBounds = new LinkedHashMap<>(newBounds);
    }

    @Override
    protected boolean prepare() {
        return !newBounds.isEmpty();
    }

    @Override
    public void execute() {
        oldBounds.clear();
        newBounds.forEach((id, bounds) -> oldBounds.put(id, notation.put(id, bounds)));
    }

    @Override
    public void undo() {
        List<String> ids = List.copyOf(oldBounds.keySet());
        for (int i = ids.size() - 1; i >= 0; i--) {
            notation.put(ids.get(i), oldBounds.get(ids.get(i)));
        }
    }

    @Override
    public void redo() {
        execute();
    }
}
