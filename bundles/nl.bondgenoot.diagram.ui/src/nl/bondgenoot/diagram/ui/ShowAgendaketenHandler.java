package nl.bondgenoot.diagram.ui;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.bondgenoot.agenda.AgendaFiles;
import nl.bondgenoot.agenda.ui.editor.AgendaEditor;
import nl.bondgenoot.ui.editor.FileEditors;

/**
 * "Agendaketen tonen": from the agenda editor, or for an agenda chosen in the Projectverkenner (opened
 * in its editor first), the chain beside the editor.
 */
public class ShowAgendaketenHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            return null;
        }
        IWorkbenchPage page = window.getActivePage();
        try {
            AgendaEditor editor = agendaEditor(page, HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s
                    && s.getFirstElement() instanceof Path file && AgendaFiles.isAgenda(file) ? file : null,
                    HandlerUtil.getActiveEditor(event));
            if (editor == null) {
                MessageDialog.openInformation(window.getShell(), Messages.chain_open, Messages.chain_noAgenda);
                return null;
            }
            show(page, editor);
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), Messages.chain_open, NLS.bind(Messages.open_failed, "", e.getMessage()));
        }
        return null;
    }

    /** Shows the chain of the editor's agenda beside it, without taking the focus from the text. */
    public static AgendaketenView show(IWorkbenchPage page, AgendaEditor editor) throws PartInitException {
        AgendaketenView view = (AgendaketenView) page.showView(AgendaketenView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        view.show(editor);
        return view;
    }

    private static AgendaEditor agendaEditor(IWorkbenchPage page, Path selected, IEditorPart active) throws PartInitException {
        if (selected != null) {
            return FileEditors.open(page, selected) instanceof AgendaEditor editor ? editor : null;
        }
        return active instanceof AgendaEditor editor ? editor : null;
    }
}
