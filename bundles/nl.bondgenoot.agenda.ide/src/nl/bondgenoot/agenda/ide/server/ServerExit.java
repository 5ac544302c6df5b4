package nl.bondgenoot.agenda.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;

/**
 * Ends the server the OSGi way: Xtext's default handler calls {@code System.exit} on "exit", which
 * would pull the framework down from under its own feet; here "exit" only completes a future the
 * application waits on, and the application returns the exit code the protocol asks for (0 after
 * a shutdown request, 1 without one).
 */
public class ServerExit implements ILanguageServerShutdownAndExitHandler {

    private volatile boolean shutdownRequested;
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();

    @Override
    public void shutdown() {
        shutdownRequested = true;
    }

    @Override
    public void exit() {
        exitCode.complete(shutdownRequested ? 0 : 1);
    }

    /** Completes with the process exit code when the client sends "exit". */
    public CompletableFuture<Integer> exitCode() {
        return exitCode;
    }
}
