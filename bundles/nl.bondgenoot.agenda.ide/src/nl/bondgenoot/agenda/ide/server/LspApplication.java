package nl.bondgenoot.agenda.ide.server;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * {@code ./bondgenoot lsp}: the agenda language server over standard input and output, for any
 * editor that speaks LSP. Standard output carries JSON-RPC only: before anything else runs, the
 * real output stream is taken for the protocol and {@code System.out} is pointed at standard error,
 * so a stray print or log line from any library cannot corrupt a message.
 */
public class LspApplication implements IApplication {

    private volatile ServerExit exit;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        OutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        InputStream protocolIn = new FramedInput(new FileInputStream(FileDescriptor.in), System.err);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        StartedByHand.explainIfInteractive(System.err);
        context.applicationRunning();

        exit = new ServerExit();
        LanguageServer server;
        try {
            server = AgendaLanguageServers.create(exit);
        } catch (RuntimeException e) {
            System.err.println("bondgenoot lsp: de taalserver kon niet starten: " + e);
            return 2;
        }
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, protocolIn, protocolOut);
        ((LanguageClientAware) server).connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();

        // Ends on "exit", or when the editor closes the pipe without saying goodbye.
        CompletableFuture<Void> inputClosed = CompletableFuture.runAsync(() -> waitFor(listening));
        CompletableFuture.anyOf(exit.exitCode(), inputClosed).join();
        listening.cancel(true);
        return exit.exitCode().getNow(1);
    }

    private static void waitFor(Future<Void> listening) {
        try {
            listening.get();
        } catch (Exception e) {
            // the stream ended or broke: either way the conversation is over
        }
    }

    @Override
    public void stop() {
        ServerExit current = exit;
        if (current != null) {
            current.exit();
        }
    }
}
