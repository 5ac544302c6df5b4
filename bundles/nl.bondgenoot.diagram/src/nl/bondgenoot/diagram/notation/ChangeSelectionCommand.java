package nl.bondgenoot.diagram.notation;

import org.eclipse.emf.common.command.AbstractCommand;

/** Changes which elements a view draws (an element created on the map of a view joins it), undoable. */
public final class ChangeSelectionCommand extends AbstractCommand {

    private final Notation view;
    private final ViewSelection newSelection;
    private ViewSelection oldSelection;

    public ChangeSelectionCommand(String label, Notation view, ViewSelection newSelection) {
        super(label);
        this.view = view;
        this.newSelection = newSelection;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        oldSelection = view.selection();
        view.selection(newSelection);
    }

    @Override
    public void undo() {
        view.selection(oldSelection);
    }

    @Override
    public void redo() {
        execute();
    }
}
