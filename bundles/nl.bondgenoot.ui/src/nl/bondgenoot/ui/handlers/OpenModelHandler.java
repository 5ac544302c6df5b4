package nl.bondgenoot.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.Messages;
import nl.bondgenoot.ui.editor.FileEditors;

/** Bestand > Model openen… (Ctrl+O): asks for a model or agenda file, then opens it like every other path does. */
public class OpenModelHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText(Messages.open_dialogTitle);
        dialog.setFilterExtensions(new String[] { "*.bondgenoot", "*.agenda", "*.*" });
        dialog.setFilterNames(new String[] { Messages.open_filterModels, Messages.open_filterAgendas, Messages.open_filterAll });
        Path current = BondgenootUi.session().file();
        if (current != null && current.getParent() != null) {
            dialog.setFilterPath(current.getParent().toString());
        }
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        FileEditors.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), Path.of(chosen));
        return null;
    }
}
