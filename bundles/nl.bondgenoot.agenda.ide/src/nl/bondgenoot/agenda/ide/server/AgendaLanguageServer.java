package nl.bondgenoot.agenda.ide.server;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;

import nl.bondgenoot.agenda.validation.AgendaIssueCodes;

/**
 * Xtext's language server, with every diagnostic naming Bondgenoot as its source, so an editor that
 * mixes several servers shows where a message comes from. A rule finding has its rule id as code and
 * reads as on the command line after it: "Opgave ... (S0:544-550, 667-669)".
 */
public class AgendaLanguageServer extends LanguageServerImpl {

    /** The {@code source} of every diagnostic this server publishes. */
    public static final String DIAGNOSTIC_SOURCE = "bondgenoot";

    /** The files whose changes on disk the editor reports, so that agendas follow their models. */
    static final List<String> WATCHED = List.of("**/*.bondgenoot", "**/*.agenda");

    private volatile InitializeParams initializeParams;

    /**
     * An editor that opens a single file may send no folder at all, on which Xtext fails; the
     * folder the server was started in is then the project.
     */
    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        boolean noFolders = params.getWorkspaceFolders() == null || params.getWorkspaceFolders().isEmpty();
        if (noFolders && params.getRootUri() == null && params.getRootPath() == null) {
            Path here = Path.of("").toAbsolutePath();
            params.setRootUri(here.toUri().toString());
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(here.toUri().toString(), String.valueOf(here.getFileName()))));
        }
        initializeParams = params;
        return super.initialize(params);
    }

    /**
     * Asks the editor to report changes of model files and agendas made outside it
     * (an actor renamed in the workbench): Xtext then rebuilds and republishes the agendas'
     * diagnostics. Only editors that allow registering this at run time are asked.
     */
    @Override
    public void initialized(InitializedParams params) {
        super.initialized(params);
        if (editorRegistersFileWatchers() && getLanguageClient() != null) {
            List<FileSystemWatcher> watchers = WATCHED.stream().map(glob -> new FileSystemWatcher(Either.forLeft(glob))).toList();
            Registration registration = new Registration("bondgenoot-bestanden", "workspace/didChangeWatchedFiles",
                    new DidChangeWatchedFilesRegistrationOptions(watchers));
            getLanguageClient().registerCapability(new RegistrationParams(List.of(registration)));
        }
    }

    private boolean editorRegistersFileWatchers() {
        InitializeParams params = initializeParams;
        if (params == null || params.getCapabilities() == null || params.getCapabilities().getWorkspace() == null
                || params.getCapabilities().getWorkspace().getDidChangeWatchedFiles() == null) {
            return false;
        }
        return Boolean.TRUE.equals(params.getCapabilities().getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
    }

    /**
     * The diagnostic's {@code code} is what users may look up: the rule id, or SYNTAX / KOPPELING, never
     * one of Xtext's internal codes; the message does not repeat it, editors show the code beside it.
     */
    @Override
    protected Diagnostic toDiagnostic(Issue issue) {
        Diagnostic diagnostic = super.toDiagnostic(issue);
        diagnostic.setSource(DIAGNOSTIC_SOURCE);
        String code = AgendaIssueCodes.shown(issue.isSyntaxError(), issue.getCode());
        diagnostic.setCode(code);
        String prefix = "[" + code + "] ";
        String message = issue.getMessage();
        if (message != null && message.startsWith(prefix)) {
            diagnostic.setMessage(message.substring(prefix.length()));
        }
        return diagnostic;
    }
}
