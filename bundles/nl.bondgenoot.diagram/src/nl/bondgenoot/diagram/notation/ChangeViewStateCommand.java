package nl.bondgenoot.diagram.notation;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * Changes a view's own state that is neither layout nor selection (a layer on or off, a filter on or
 * off, elements pinned), undoable: it keeps a copy of the view from before and puts it back on undo.
 */
public final class ChangeViewStateCommand extends AbstractCommand {

    private final Notation view;
    private final Consumer<Notation> change;
    private Notation before;

    public ChangeViewStateCommand(String label, Notation view, Consumer<Notation> change) {
        super(label);
        this.view = view;
        this.change = change;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        before = view.copyAs(view.name());
        change.accept(view);
    }

    @Override
    public void undo() {
        view.restoreStateFrom(before);
    }

    @Override
    public void redo() {
        change.accept(view);
    }
}
