package nl.bondgenoot.agenda.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.bondgenoot.agenda.ui.Messages;

/** Ctrl+Shift+F in the agenda editor; says so in the status line when syntax errors stop it. */
public class FormatAgendaHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (part instanceof AgendaEditor editor && !editor.format()) {
            editor.getEditorSite().getActionBars().getStatusLineManager()
                    .setErrorMessage(Messages.format_syntaxErrors);
        }
        return null;
    }
}
