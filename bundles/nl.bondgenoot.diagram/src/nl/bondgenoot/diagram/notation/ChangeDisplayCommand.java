package nl.bondgenoot.diagram.notation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;

/** Changes how elements are drawn (a netwerk as container or as hub), undoable like moving them. */
public final class ChangeDisplayCommand extends AbstractCommand {

    private final Notation notation;
    private final Map<String, String> newDisplays;
    private final Map<String, String> oldDisplays = new LinkedHashMap<>();

    /** @param newDisplays per element the new way, or {@code null} for the default */
    public ChangeDisplayCommand(String label, Notation notation, Map<String, String> newDisplays) {
        super(label);
        this.notation = notation;
        this.newDisplays = new LinkedHashMap<>(newDisplays);
    }

    @Override
    protected boolean prepare() {
        return !newDisplays.isEmpty();
    }

    @Override
    public void execute() {
        oldDisplays.clear();
        newDisplays.forEach((id, display) -> oldDisplays.put(id, notation.putDisplay(id, display)));
    }

    @Override
    public void undo() {
        oldDisplays.forEach(notation::putDisplay);
    }

    @Override
    public void redo() {
        execute();
    }
}
