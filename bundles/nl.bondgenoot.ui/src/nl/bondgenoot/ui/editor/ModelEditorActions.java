package nl.bondgenoot.ui.editor;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchActionConstants;

import nl.bondgenoot.ui.Messages;

/** Undo, redo, cut, copy, paste, delete and "Nieuw" for the model editor, all as EMF commands on its command stack. */
final class ModelEditorActions {

    private final ModelEditor editor;
    private final UndoRedoActions undoRedo;
    private final Action delete = new Action(Messages.edit_delete) {
        @Override
        public void run() {
            Command command = deleteCommand(editor.selection());
            if (command.canExecute()) {
                stack().execute(command);
            }
        }
    };

    private final Action copy = new Action(Messages.edit_copy) {
        @Override
        public void run() {
            execute(CopyToClipboardCommand.create(editor.getEditingDomain(), editor.selection().toList()));
        }
    };
    private final Action cut = new Action(Messages.edit_cut) {
        @Override
        public void run() {
            execute(CutToClipboardCommand.create(editor.getEditingDomain(), editor.selection().toList()));
        }
    };
    private final Action paste = new Action(Messages.edit_paste) {
        @Override
        public void run() {
            execute(pasteCommand(editor.selection()));
        }
    };

    ModelEditorActions(ModelEditor editor) {
        this.editor = editor;
        undoRedo = new UndoRedoActions(editor.getEditingDomain().getCommandStack());
        delete.setActionDefinitionId("org.eclipse.ui.edit.delete");
        copy.setActionDefinitionId("org.eclipse.ui.edit.copy");
        cut.setActionDefinitionId("org.eclipse.ui.edit.cut");
        paste.setActionDefinitionId("org.eclipse.ui.edit.paste");
        update();
    }

    UndoRedoActions undoRedo() {
        return undoRedo;
    }

    IAction delete() {
        return delete;
    }

    IAction copy() {
        return copy;
    }

    IAction cut() {
        return cut;
    }

    IAction paste() {
        return paste;
    }

    void selectionChanged(IStructuredSelection selection) {
        delete.setEnabled(!selection.isEmpty() && deleteCommand(selection).canExecute());
        copy.setEnabled(!selection.isEmpty());
        cut.setEnabled(!selection.isEmpty() && deleteCommand(selection).canExecute());
        paste.setEnabled(selection.size() == 1 && pasteCommand(selection).canExecute());
    }

    void update() {
        undoRedo.update();
        selectionChanged(editor.selection());
    }

    /** The tree's context menu: Nieuw ▸ (what the selected element may contain), then the edit actions. */
    void fillContextMenu(IMenuManager menu) {
        IStructuredSelection selection = editor.selection();
        if (selection.size() == 1) {
            MenuManager create = new MenuManager(Messages.edit_new);
            Object owner = selection.getFirstElement();
            Collection<?> descriptors = editor.getEditingDomain().getNewChildDescriptors(owner, null);
            for (Object descriptor : descriptors) {
                Command command = CreateChildCommand.create(editor.getEditingDomain(), owner, descriptor, selection.toList());
                String text = command instanceof CommandActionDelegate delegate ? delegate.getText() : command.getLabel();
                create.add(new Action(text) {
                    @Override
                    public void run() {
                        stack().execute(command);
                    }
                });
            }
            menu.add(create);
            menu.add(new Separator());
        }
        menu.add(undoRedo.undo());
        menu.add(undoRedo.redo());
        menu.add(new Separator());
        menu.add(cut);
        menu.add(copy);
        menu.add(paste);
        menu.add(delete);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS)); // other bundles' items (Netwerkkaart openen)
    }

    /** Pastes into the selected element; the copies get ids of their own. */
    private Command pasteCommand(IStructuredSelection selection) {
        if (selection.size() != 1) {
            return UnexecutableCommand.INSTANCE;
        }
        return new PasteWithNewIds(PasteFromClipboardCommand.create(editor.getEditingDomain(), selection.getFirstElement(), null));
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            stack().execute(command);
            update();
        }
    }

    private Command deleteCommand(IStructuredSelection selection) {
        return DeleteCommand.create(editor.getEditingDomain(), selection.toList());
    }

    private CommandStack stack() {
        return editor.getEditingDomain().getCommandStack();
    }
}
