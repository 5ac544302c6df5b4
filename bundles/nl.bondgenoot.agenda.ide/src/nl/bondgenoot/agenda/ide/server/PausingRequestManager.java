package nl.bondgenoot.agenda.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.server.concurrent.AbstractRequest;
import org.eclipse.xtext.ide.server.concurrent.ReadRequest;
import org.eclipse.xtext.ide.server.concurrent.RequestManager;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.xbase.lib.Functions.Function0;
import org.eclipse.xtext.xbase.lib.Functions.Function2;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import nl.bondgenoot.agenda.PausePoints;

/**
 * Xtext's request manager runs requests in order on one thread, so a read (hover, completion, go to
 * definition) sent while an agenda is checked waited for the whole check and the sending of its
 * diagnostics: 5.5 s for an agenda with 115,000 unknown names. Here a write (the check after an
 * edit) stops at its {@link PausePoints pause points} and whenever it asks whether it is cancelled,
 * and answers the reads sent since it began before it goes on. Reads and writes still never run at
 * the same time (the write waits for the reads). A read sees the documents' new text, which is in
 * place before the check starts; what the check has not finished yet (the diagnostics, the index
 * of the files it has not reached) it sees as a read sent just before the edit would. Reads sent
 * after a later write wait for that one, as in Xtext.
 */
@Singleton
public class PausingRequestManager extends RequestManager {

    private final Object lock = new Object();
    /** The reads sent since the last write was sent, not yet started (guarded by lock). */
    private final List<AbstractRequest<?>> waiting = new ArrayList<>();
    /** How many writes were sent (guarded by lock): a write answers only the reads sent after it. */
    private long writes;
    /** Whether any read waits: a pause point costs one read of this when none does. */
    private volatile boolean readsWaiting;
    private volatile boolean shutDown;

    @Inject
    public PausingRequestManager(ExecutorService parallel, OperationCanceledManager operationCanceledManager) {
        super(parallel, operationCanceledManager);
    }

    @Override
    public synchronized <U, V> CompletableFuture<V> runWrite(Function0<? extends U> nonCancellable,
            Function2<? super CancelIndicator, ? super U, ? extends V> cancellable) {
        long write;
        synchronized (lock) {
            write = ++writes;
            // Xtext cancels every request sent before a write: none of them is answered in its pauses.
            waiting.clear();
            readsWaiting = false;
        }
        return super.runWrite(nonCancellable, (cancelIndicator, intermediate) -> PausePoints.pausing(() -> answerReads(write),
                () -> cancellable.apply(new PausingCancelIndicator(cancelIndicator), intermediate)));
    }

    @Override
    protected void submitRequest(AbstractRequest<?> request) {
        if (request instanceof ReadRequest) {
            synchronized (lock) {
                waiting.removeIf(read -> read.get().isDone());
                waiting.add(request);
                readsWaiting = true;
                lock.notifyAll();
            }
        }
        super.submitRequest(request);
    }

    @Override
    public void shutdown() {
        shutDown = true;
        synchronized (lock) {
            lock.notifyAll();
        }
        super.shutdown();
    }

    /**
     * On the writing thread, at a pause point: starts the reads sent since this write (Xtext's own read
     * requests, on its pool of readers; the queue finds them done later and skips them) and waits until
     * they are answered, also the reads they send themselves (a rename reads the document anew).
     */
    private void answerReads(long write) {
        if (!readsWaiting) {
            return;
        }
        List<CompletableFuture<?>> answering = new ArrayList<>();
        while (!shutDown) {
            List<AbstractRequest<?>> starting = new ArrayList<>();
            synchronized (lock) {
                if (write == writes) {
                    starting.addAll(waiting);
                    waiting.clear();
                    readsWaiting = false;
                }
            }
            for (AbstractRequest<?> read : starting) {
                read.get().whenComplete((answer, failure) -> {
                    synchronized (lock) {
                        lock.notifyAll();
                    }
                });
                read.run();
                answering.add(read.get());
            }
            answering.removeIf(CompletableFuture::isDone);
            if (answering.isEmpty()) {
                return;
            }
            synchronized (lock) {
                if (!readsWaiting && answering.stream().noneMatch(CompletableFuture::isDone)) {
                    try {
                        lock.wait(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    /** The write's cancel indicator, each question to which is a pause point. */
    private record PausingCancelIndicator(CancelIndicator cancelIndicator) implements CancelIndicator {
        @Override
        public boolean isCanceled() {
            PausePoints.here();
            return cancelIndicator.isCanceled();
        }
    }
}
