package nl.bondgenoot.analysis.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.bondgenoot.model.Netwerk;

/**
 * "Netwerkanalyse": shows the view for the open model; from a netwerk chosen in the model editor, with
 * that netwerk chosen.
 */
public class ShowNetwerkanalyseHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            return null;
        }
        Netwerk selected = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s
                && s.getFirstElement() instanceof Netwerk n ? n : null;
        try {
            NetwerkanalyseView view = (NetwerkanalyseView) window.getActivePage().showView(NetwerkanalyseView.ID);
            if (selected != null && view.analyse() != null && view.offers(selected)) {
                view.choose(selected);
            }
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
