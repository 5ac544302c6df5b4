package nl.bondgenoot.ui.editor;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

import nl.bondgenoot.ui.Messages;

/**
 * Ongedaan maken / Opnieuw on a model's command stack, named after the command they undo or redo;
 * the same for every editor of the model (tree, network map), as they share the stack.
 */
public final class UndoRedoActions {

    private final CommandStack stack;
    private final Action undo = new Action(Messages.edit_undo) {
        @Override
        public void run() {
            stack.undo();
        }
    };
    private final Action redo = new Action(Messages.edit_redo) {
        @Override
        public void run() {
            stack.redo();
        }
    };

    public UndoRedoActions(CommandStack stack) {
        this.stack = stack;
        undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
        redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
        update();
    }

    /** Makes them the workbench's Edit > Undo/Redo (and Ctrl+Z / Ctrl+Y) while the editor is active. */
    public void install(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
    }

    /** After each change of the stack: enabled state and the name of what would be undone. */
    public void update() {
        undo.setEnabled(stack.canUndo());
        redo.setEnabled(stack.canRedo());
        undo.setText(stack.canUndo() ? NLS.bind(Messages.edit_undoCommand, stack.getUndoCommand().getLabel())
                : Messages.edit_undo);
        redo.setText(stack.canRedo() ? NLS.bind(Messages.edit_redoCommand, stack.getRedoCommand().getLabel())
                : Messages.edit_redo);
    }

    public IAction undo() {
        return undo;
    }

    public IAction redo() {
        return redo;
    }
}
