package nl.bondgenoot.help.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.bondgenoot.help.Messages;

/** Help > Handleiding (F1). */
public class OpenHandleidingHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        try {
            HandleidingEditor.open(window.getActivePage());
        } catch (PartInitException e) {
            throw new ExecutionException(NLS.bind(Messages.openFailed, e.getMessage()), e);
        }
        return null;
    }
}
