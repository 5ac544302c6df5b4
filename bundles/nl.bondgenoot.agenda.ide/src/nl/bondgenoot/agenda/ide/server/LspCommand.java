package nl.bondgenoot.agenda.ide.server;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;

import nl.bondgenoot.launcher.CliCommand;
import nl.bondgenoot.launcher.CommandGuard;
import picocli.CommandLine.Command;

/**
 * {@code ./bondgenoot lsp}: the agenda language server over standard input and output, for any
 * editor that speaks LSP. Standard output carries JSON-RPC only: before anything else runs, the
 * real output stream is taken for the protocol and {@code System.out} is pointed at standard error,
 * so a stray print or log line from any library cannot corrupt a message. Whatever breaks the server
 * (an {@link OutOfMemoryError} in the thread that reads the messages included) ends it with one line on
 * standard error and exit code 2 ({@link CommandGuard}), so the editor can say so and restart it.
 */
@Command(description = "taalserver voor agenda's (LSP via stdin/stdout) voor elke editor met LSP; het project is, als bij"
        + " validate, de dichtstbijzijnde map met bondgenoot.profiel of .project")
public class LspCommand implements CliCommand {

    private volatile ServerExit exit;

    @Override
    public int run(PrintStream out, PrintStream err) {
        OutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        InputStream protocolIn = new FramedInput(new FileInputStream(FileDescriptor.in), System.err);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        StartedByHand.explainIfInteractive(System.err);
        return serve(protocolIn, protocolOut, new String[0]);
    }

    /** Serves LSP over the given streams until "exit" or the end of the input; returns the exit code. */
    public int serve(InputStream protocolIn, OutputStream protocolOut, String[] args) {
        exit = new ServerExit();
        LanguageServer server = AgendaLanguageServers.create(exit);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, protocolIn, protocolOut);
        ((LanguageClientAware) server).connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();

        // Ends on "exit", or when the editor closes the pipe without saying goodbye.
        CompletableFuture<Throwable> inputClosed = CompletableFuture.supplyAsync(() -> waitFor(listening));
        CompletableFuture.anyOf(exit.exitCode(), inputClosed).join();
        listening.cancel(true);
        Throwable broken = inputClosed.getNow(null);
        if (broken != null && !exit.exitCode().isDone()) {
            return CommandGuard.report("lsp", args, System.err, broken);
        }
        return exit.exitCode().getNow(1);
    }

    /** Waits until the messages stop; returns what broke the reading thread, or null when the input ended. */
    private static Throwable waitFor(Future<Void> listening) {
        try {
            listening.get();
            return null;
        } catch (ExecutionException e) {
            // lsp4j handles exceptions of its own; an Error (out of memory) ends its reader thread
            return e.getCause() instanceof Error ? e.getCause() : null;
        } catch (Exception e) {
            return null; // the stream ended or the wait was interrupted: either way the conversation is over
        }
    }

    /** Ctrl+C: the server ends as on "exit". */
    @Override
    public void stop() {
        ServerExit current = exit;
        if (current != null) {
            current.exit();
        }
    }
}
