package nl.bondgenoot.publish.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.bondgenoot.publish.PublishException;
import nl.bondgenoot.publish.Publisher;
import nl.bondgenoot.ui.BondgenootUi;

/**
 * Bestand &gt; Publiceren...: asks for the project (the open project by default) and the target folder, publishes
 * with a progress dialog (cancellable: the target is then left as it was), and says where the site was
 * written. It opens no browser: the site is the user's to open or hand over.
 */
public class PublishHandler extends AbstractHandler {

    public static final String COMMAND = "nl.bondgenoot.publish.ui.publish";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        PublishDialog dialog = new PublishDialog(shell, BondgenootUi.project().folder());
        if (dialog.open() == Window.OK) {
            Publisher.Result result = publish(shell, dialog.project(), dialog.target());
            if (result != null) {
                MessageDialog.openInformation(shell, Messages.done_title, doneMessage(result));
            }
        }
        return null;
    }

    /** What the user reads when the site is written: where, which file to open, and what it holds. */
    public static String doneMessage(Publisher.Result result) {
        return NLS.bind(Messages.done_message, new Object[] { result.target(), result.overview(), summary(result) });
    }

    private static String summary(Publisher.Result result) {
        return result.summary() + (result.warnings().isEmpty() ? "" : "\n\n" + String.join("\n", result.warnings()));
    }

    /**
     * Publishes with a progress dialog; an error is shown in a dialog (its Dutch message) and gives null.
     * Call it on the UI thread: the publication itself runs beside it.
     */
    public static Publisher.Result publish(Shell shell, Path project, Path target) {
        AtomicReference<Publisher.Result> result = new AtomicReference<>();
        AtomicReference<PublishException> failure = new AtomicReference<>();
        try {
            new ProgressMonitorDialog(shell).run(true, true, monitor -> {
                try {
                    result.set(Publisher.publish(project, target, null, progress(monitor)));
                } catch (PublishException e) {
                    failure.set(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            MessageDialog.openError(shell, Messages.failed_title, target + ": " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (failure.get() != null) {
            MessageDialog.openError(shell, Messages.failed_title, failure.get().getMessage());
            return null;
        }
        return result.get();
    }

    private static Publisher.Progress progress(IProgressMonitor monitor) {
        return new Publisher.Progress() {
            @Override
            public void begin(int steps) {
                monitor.beginTask(Messages.progress_task, steps);
            }

            @Override
            public void step(String what) {
                monitor.subTask(what);
                monitor.worked(1);
            }

            @Override
            public boolean cancelled() {
                return monitor.isCanceled();
            }
        };
    }
}
