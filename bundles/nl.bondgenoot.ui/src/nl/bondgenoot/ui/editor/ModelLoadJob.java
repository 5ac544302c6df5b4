package nl.bondgenoot.ui.editor;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.osgi.util.NLS;

import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.UnreadableFileException;

/**
 * Reads a large model in the background, reporting the bytes read; cancelling stops the reading at
 * the next block. The editor shows a page with a progress bar and a cancel button meanwhile, and its
 * contents (or the error page) when the job reports.
 */
final class ModelLoadJob extends Job {

    /** The family of these jobs, for whoever waits for or cancels them. */
    static final Object FAMILY = ModelLoadJob.class;

    /** What the job found: the model, or why it cannot be read, or that the user cancelled. */
    record Result(Governancemodel model, UnreadableFileException error, boolean cancelled) {
    }

    private final Path file;
    private final ResourceSet set;
    private final LongConsumer bytesRead;
    private volatile Result result;

    ModelLoadJob(Path file, ResourceSet set, LongConsumer bytesRead, Consumer<Result> done) {
        super(NLS.bind(nl.bondgenoot.ui.Messages.modelEditor_loadingJob, file.getFileName()));
        this.file = file;
        this.set = set;
        this.bytesRead = bytesRead;
        // Reported when the job is done, also when it was cancelled before it ever ran.
        addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                done.accept(result != null ? result : new Result(null, null, true));
            }
        });
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        long kilobytes = Math.max(1, size(file) / 1024);
        monitor.beginTask(getName(), (int) Math.min(Integer.MAX_VALUE, kilobytes));
        set.setURIConverter(new ExtensibleURIConverterImpl() {
            @Override
            public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
                return new ProgressStream(super.createInputStream(uri, options), monitor, bytesRead);
            }
        });
        try {
            result = new Result(ModelFiles.load(set, file), null, monitor.isCanceled());
        } catch (UnreadableFileException e) {
            result = new Result(null, e, monitor.isCanceled());
        }
        monitor.done();
        return result.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Counts what is read into the progress bar and stops when the user cancels. */
    private static final class ProgressStream extends FilterInputStream {

        private static final long REPORT_EVERY = 256 * 1024;

        private final IProgressMonitor monitor;
        private final LongConsumer bytesRead;
        private long total;
        private long unreported;

        ProgressStream(InputStream in, IProgressMonitor monitor, LongConsumer bytesRead) {
            super(in);
            this.monitor = monitor;
            this.bytesRead = bytesRead;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (monitor.isCanceled()) {
                throw new InterruptedIOException("geannuleerd");
            }
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                total += read;
                unreported += read;
                if (unreported >= REPORT_EVERY) {
                    monitor.worked((int) (unreported / 1024));
                    bytesRead.accept(total);
                    unreported = 0;
                }
            }
            return read;
        }
    }
}
