package nl.bondgenoot.agenda.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * {@code bondgenoot lsp} typed in a terminal says on standard error what it is; started by an editor,
 * whose standard input is a pipe, it says nothing (standard error may be the editor's log). Real
 * processes: one whose standard input is a pseudo-terminal made by {@code script} (util-linux), one
 * whose standard input is a pipe (script is Debian's essential bsdutils); the server's own check reads their standard input as it reads its own.
 */
class StartedByHandTest {

    @Test
    void aTerminalOnStandardInputGetsTheExplanation() throws Exception {
        Process script = new ProcessBuilder("/usr/bin/script", "-qec", "sleep 60", "/dev/null").start();
        try {
            ProcessHandle sleep = waitForChild(script.toHandle());
            assertEquals(StartedByHand.EXPLANATION, explanationFor(sleep));
        } finally {
            script.descendants().forEach(ProcessHandle::destroy);
            script.destroy();
            script.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPipeOnStandardInputGetsNothing() throws Exception {
        Process sleep = new ProcessBuilder("sleep", "60").start(); // standard input: a pipe from this process
        try {
            assertTrue(Files.readSymbolicLink(descriptor(sleep.toHandle())).toString().startsWith("pipe:"));
            assertEquals("", explanationFor(sleep.toHandle()));
        } finally {
            sleep.destroy();
            sleep.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String explanationFor(ProcessHandle process) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StartedByHand.explainIfTerminal(descriptor(process), new PrintStream(err, true, StandardCharsets.UTF_8));
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Path descriptor(ProcessHandle process) {
        return Path.of("/proc", String.valueOf(process.pid()), "fd", "0");
    }

    /** The command script runs in the pseudo-terminal, once it has started. */
    private static ProcessHandle waitForChild(ProcessHandle script) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            var child = script.descendants()
                    .filter(p -> p.info().command().map(c -> c.endsWith("/sleep")).orElse(false)).findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("script startte geen proces in een pseudo-terminal");
    }
}
