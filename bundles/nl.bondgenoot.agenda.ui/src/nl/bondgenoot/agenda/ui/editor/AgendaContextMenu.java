package nl.bondgenoot.agenda.ui.editor;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;

import nl.bondgenoot.agenda.ui.Messages;

/**
 * The agenda editor's context menu, in the workbench's language: the text editor's own menu comes
 * with the platform's English labels only (no Dutch language pack is obtainable), so the editor
 * builds its menu from its actions and the agenda commands under labels of its own.
 */
final class AgendaContextMenu {

    private AgendaContextMenu() {
    }

    static void fill(AgendaEditor editor, IMenuManager menu) {
        menu.add(delegate(editor, ITextEditorActionConstants.UNDO, Messages.menu_undo));
        menu.add(delegate(editor, ITextEditorActionConstants.REDO, Messages.menu_redo));
        menu.add(new Separator());
        menu.add(delegate(editor, ITextEditorActionConstants.CUT, Messages.menu_cut));
        menu.add(delegate(editor, ITextEditorActionConstants.COPY, Messages.menu_copy));
        menu.add(delegate(editor, ITextEditorActionConstants.PASTE, Messages.menu_paste));
        menu.add(new Separator());
        menu.add(operation(editor, ISourceViewer.CONTENTASSIST_PROPOSALS, Messages.menu_contentAssist));
        menu.add(operation(editor, ISourceViewer.QUICK_ASSIST, Messages.menu_quickFix));
        menu.add(command(editor, "nl.bondgenoot.ui.commands.goToDefinition", Messages.menu_goToDefinition));
        menu.add(command(editor, "nl.bondgenoot.agenda.ui.rename", Messages.menu_rename));
        menu.add(command(editor, "nl.bondgenoot.agenda.ui.format", Messages.menu_format));
        menu.add(new Separator());
        menu.add(delegate(editor, ITextEditorActionConstants.SAVE, Messages.menu_save));
    }

    /** One of the text editor's own actions under our label (enabled as it is). */
    private static IAction delegate(AgendaEditor editor, String actionId, String label) {
        IAction action = editor.getAction(actionId);
        Action item = new Action(label) {
            @Override
            public void run() {
                action.run();
            }
        };
        item.setEnabled(action != null && action.isEnabled());
        return item;
    }

    /** A text operation of the viewer (content assist, quick fix). */
    private static IAction operation(AgendaEditor editor, int operation, String label) {
        ITextOperationTarget target = editor.getAdapter(ITextOperationTarget.class);
        Action item = new Action(label) {
            @Override
            public void run() {
                target.doOperation(operation);
            }
        };
        item.setEnabled(target != null && target.canDoOperation(operation));
        return item;
    }

    /** A command as its key binding runs it (F3, Alt+Shift+R, Ctrl+Shift+F). */
    private static IAction command(AgendaEditor editor, String commandId, String label) {
        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        return new Action(label) {
            @Override
            public void run() {
                try {
                    handlers.executeCommand(commandId, null);
                } catch (NotDefinedException e) {
                    throw new IllegalStateException(commandId + " is declared in plugin.xml", e);
                } catch (Exception e) {
                    // not enabled here (no name at the cursor): nothing to do, as with the key
                }
            }
        };
    }
}
