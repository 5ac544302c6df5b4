package nl.bondgenoot.agenda.ui.editor;

import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;

/**
 * Points the workbench's Bewerken menu (undo, redo, delete) at the active agenda editor. The text
 * editor's own contributor would add its English find items to that menu; Bondgenoot keeps it Dutch.
 */
public class AgendaEditorActionContributor extends EditorActionBarContributor {

    private static final String[][] GLOBAL = {
            { ActionFactory.UNDO.getId(), ITextEditorActionConstants.UNDO },
            { ActionFactory.REDO.getId(), ITextEditorActionConstants.REDO },
            { ActionFactory.DELETE.getId(), ITextEditorActionConstants.DELETE },
            { ActionFactory.SELECT_ALL.getId(), ITextEditorActionConstants.SELECT_ALL },
            { ActionFactory.COPY.getId(), ITextEditorActionConstants.COPY },
            { ActionFactory.CUT.getId(), ITextEditorActionConstants.CUT },
            { ActionFactory.PASTE.getId(), ITextEditorActionConstants.PASTE } };

    @Override
    public void setActiveEditor(IEditorPart part) {
        IActionBars bars = getActionBars();
        ITextEditor editor = part instanceof ITextEditor text ? text : null;
        for (String[] ids : GLOBAL) {
            IAction action = editor == null ? null : editor.getAction(ids[1]);
            bars.setGlobalActionHandler(ids[0], action);
        }
        bars.updateActionBars();
    }
}
