package nl.bondgenoot.agenda.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.eclipse.xtext.service.OperationCanceledManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The order the server keeps while a write pauses for reads: a read sent after a later write still
 * waits for that write, and a read that itself reads (a rename reads the document anew) is answered.
 * Each write here runs until the test has done what it checks, so nothing depends on timing.
 */
class PausingRequestManagerTest {

    private static final long SECONDS = 60;

    private final ExecutorService readers = Executors.newCachedThreadPool();
    private final PausingRequestManager requests = new PausingRequestManager(readers, new OperationCanceledManager());

    @AfterEach
    void stop() {
        requests.shutdown();
    }

    @Test
    void aReadSentAfterALaterWriteIsNotAnsweredInTheEarlierWritesPause() throws Exception {
        CompletableFuture<Void> firstRuns = new CompletableFuture<>();
        CompletableFuture<Void> readSent = new CompletableFuture<>();
        CompletableFuture<Boolean> secondDone = new CompletableFuture<>();
        // The first write goes on after the second write cancelled it, up to a pause after the read was sent.
        requests.runWrite(() -> null, (cancelIndicator, nothing) -> {
            firstRuns.complete(null);
            readSent.join();
            cancelIndicator.isCanceled();
            return null;
        });
        firstRuns.get(SECONDS, TimeUnit.SECONDS);
        CompletableFuture<Object> second = requests.runWrite(() -> null, (cancelIndicator, nothing) -> secondDone.complete(true));
        CompletableFuture<Boolean> read = requests.runRead(cancelIndicator -> secondDone.isDone());
        readSent.complete(null);

        assertTrue(read.get(SECONDS, TimeUnit.SECONDS), "the read ran before the write sent before it");
        second.get(SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void aReadThatReadsAgainIsAnsweredWhileTheWritePauses() throws Exception {
        CompletableFuture<String> outer = new CompletableFuture<>();
        CompletableFuture<Boolean> write = requests.runWrite(() -> null, (cancelIndicator, nothing) -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
            while (!outer.isDone() && System.nanoTime() < deadline) {
                cancelIndicator.isCanceled();
                Thread.onSpinWait();
            }
            return outer.isDone();
        });
        requests.runRead(cancelIndicator -> requests.runRead(inner -> "binnen").join() + " en buiten")
                .whenComplete((answer, failure) -> {
                    if (failure == null) {
                        outer.complete(answer);
                    } else {
                        outer.completeExceptionally(failure);
                    }
                });

        assertTrue(write.get(2 * SECONDS, TimeUnit.SECONDS), "the read was answered only after the write");
        assertEquals("binnen en buiten", outer.get());
    }
}
