package nl.bondgenoot.ui.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import nl.bondgenoot.ui.Messages;

/**
 * Project valideren as a background job: progress per file in the progress dialog, cancellable;
 * the rows reach the Projectbevindingen view on the UI thread when it is done.
 */
public final class ValidateProjectJob extends Job {

    private final Path folder;
    private final Consumer<List<ProjectValidation.Row>> show;

    public ValidateProjectJob(Path folder, Consumer<List<ProjectValidation.Row>> show) {
        super(Messages.project_validate);
        this.folder = folder;
        this.show = show;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            List<ProjectValidation.Row> rows = ProjectValidation.validate(folder, monitor);
            Display.getDefault().asyncExec(() -> show.accept(rows));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException e) {
            return Status.error(NLS.bind(Messages.project_folderUnreadable, folder, e.getMessage()));
        }
    }
}
