package nl.bondgenoot.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import nl.bondgenoot.model.persistence.UnreadableFileException;
import nl.bondgenoot.ui.session.LoadErrorReporter;

/**
 * Shows a load error as a Dutch error dialog with the same "file:line: message" the CLI prints.
 * The stack trace goes to the error log only, for whoever has to debug it.
 */
final class DialogErrorReporter implements LoadErrorReporter {

    @Override
    public void report(UnreadableFileException problem) {
        ILog.of(DialogErrorReporter.class).info(problem.toUserMessage(), problem.getCause());
        MessageDialog.openError(activeShell(), Messages.open_errorTitle, problem.toUserMessage());
    }

    private static Shell activeShell() {
        if (PlatformUI.isWorkbenchRunning()) {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window != null) {
                return window.getShell();
            }
        }
        return Display.getCurrent() == null ? null : Display.getCurrent().getActiveShell();
    }
}
