package nl.bondgenoot.agenda.ide.tests;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;

import nl.bondgenoot.agenda.ide.server.AgendaLanguageServers;
import nl.bondgenoot.agenda.ide.server.ServerExit;

/**
 * A real JSON-RPC conversation with the agenda language server: the server runs as in
 * {@code ./bondgenoot lsp}, the test talks to it through lsp4j's client launcher over two OS pipes,
 * so every request and answer is serialised to JSON and back.
 */
final class LspSession implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    final Path workspace;
    final LanguageServer server;
    final InitializeResult initializeResult;
    /** The server's own scheduler of reads and writes, for a test that holds a write. */
    final IRequestManager requests;
    private final Map<Path, PublishDiagnosticsParams> diagnostics = new ConcurrentHashMap<>();
    /** What the server asked the editor to register at run time. */
    final List<Registration> registrations = new CopyOnWriteArrayList<>();
    private final ServerExit exit = new ServerExit();
    private final Pipe toServer;
    private final Pipe toClient;

    /** What the server told the editor to show. */
    final List<MessageParams> messages = new CopyOnWriteArrayList<>();

    LspSession(Path workspace) throws Exception {
        this(workspace, initializeParams(workspace));
    }

    /** A session with an editor that cannot register file watchers at run time (Neovim 0.7). */
    static LspSession withoutDynamicFileWatching(Path workspace) throws Exception {
        InitializeParams params = initializeParams(workspace);
        params.getCapabilities().getWorkspace().setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(false));
        return new LspSession(workspace, params);
    }

    /** A session whose client names no folder (an editor with a single file open). */
    static LspSession withoutFolder(Path file) throws Exception {
        InitializeParams params = initializeParams(file.getParent());
        params.setRootUri(null);
        params.setWorkspaceFolders(null);
        return new LspSession(file.getParent(), params);
    }

    private LspSession(Path workspace, InitializeParams params) throws Exception {
        this.workspace = workspace;
        toServer = Pipe.open();
        toClient = Pipe.open();

        LanguageServer serverImpl = AgendaLanguageServers.create(exit);
        requests = ((LanguageServerImpl) serverImpl).getRequestManager();
        Launcher<LanguageClient> serverSide = LSPLauncher.createServerLauncher(serverImpl,
                Channels.newInputStream(toServer.source()), Channels.newOutputStream(toClient.sink()));
        ((LanguageClientAware) serverImpl).connect(serverSide.getRemoteProxy());
        serverSide.startListening();

        Launcher<LanguageServer> clientSide = LSPLauncher.createClientLauncher(new Client(),
                Channels.newInputStream(toClient.source()), Channels.newOutputStream(toServer.sink()));
        clientSide.startListening();
        server = clientSide.getRemoteProxy();

        initializeResult = await(server.initialize(params));
        server.initialized(new InitializedParams());
    }

    /** Copies an example file of the repository into the workspace. */
    static Path copyExample(Path workspace, String name) throws IOException {
        Path source = Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "skelet", name);
        return Files.copy(source, workspace.resolve(name));
    }

    static String uri(Path file) {
        return file.toUri().toString();
    }

    TextDocumentIdentifier open(Path file) throws IOException {
        String text = Files.readString(file);
        String language = file.toString().endsWith(".agenda") ? "agenda" : "xml";
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(file), language, 1, text)));
        return new TextDocumentIdentifier(uri(file));
    }

    /** What the server asked the editor to watch, as JSON as it came over the wire. */
    String watchedFilesRegistration() {
        return registrations.stream().filter(r -> r.getMethod().equals("workspace/didChangeWatchedFiles"))
                .findFirst().map(r -> String.valueOf(r.getRegisterOptions()))
                .orElseThrow(() -> new AssertionError("geen registratie van bestandswachters: " + registrations));
    }

    /** The editor reports a file changed on disk, as it does for the files the server asked it to watch. */
    void reportChange(Path file, FileChangeType type) {
        server.getWorkspaceService().didChangeWatchedFiles(
                new DidChangeWatchedFilesParams(List.of(new FileEvent(uri(file), type))));
    }

    /** The latest diagnostics of the file that satisfy the condition, waiting for the server to publish them. */
    List<Diagnostic> diagnostics(Path file, Predicate<List<Diagnostic>> until) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        Path key = file.toAbsolutePath().normalize();
        while (System.nanoTime() < deadline) {
            PublishDiagnosticsParams published = diagnostics.get(key);
            if (published != null && until.test(published.getDiagnostics())) {
                return published.getDiagnostics();
            }
            Thread.sleep(50);
        }
        PublishDiagnosticsParams last = diagnostics.get(key);
        throw new AssertionError("geen passende diagnostics voor " + file + "; laatst ontvangen: "
                + (last == null ? "niets" : last.getDiagnostics()));
    }

    static <T> T await(CompletableFuture<T> answer) throws Exception {
        return answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    static Position at(int line, int character) {
        return new Position(line, character);
    }

    private static InitializeParams initializeParams(Path workspace) {
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        params.setRootUri(uri(workspace));
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri(workspace), "werkruimte")));
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
        symbols.setHierarchicalDocumentSymbolSupport(true);
        text.setDocumentSymbol(symbols);
        text.setRename(new RenameCapabilities(true, false));
        ClientCapabilities capabilities = new ClientCapabilities();
        capabilities.setTextDocument(text);
        WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
        workspaceCapabilities.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        capabilities.setWorkspace(workspaceCapabilities);
        params.setCapabilities(capabilities);
        return params;
    }

    @Override
    public void close() throws Exception {
        try {
            await(server.shutdown());
            server.exit();
            exit.exitCode().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } finally {
            toServer.sink().close();
            toClient.sink().close();
        }
    }

    /** The editor's side: it keeps the diagnostics the server publishes. */
    private final class Client implements LanguageClient {

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.put(Path.of(java.net.URI.create(params.getUri())).toAbsolutePath().normalize(), params);
        }

        @Override
        public CompletableFuture<Void> registerCapability(RegistrationParams params) {
            registrations.addAll(params.getRegistrations());
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams messageParams) {
            messages.add(messageParams);
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}
