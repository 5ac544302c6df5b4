package nl.bondgenoot.agenda.ide.server;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;

/**
 * Xtext's language server, with every diagnostic naming Bondgenoot as its source, so an editor that
 * mixes several servers shows where a message comes from. Rule findings already read as on the
 * command line: "[4R-8] Opgave ... (S0:544-550, 667-669)".
 */
public class AgendaLanguageServer extends LanguageServerImpl {

    /** The {@code source} of every diagnostic this server publishes. */
    public static final String DIAGNOSTIC_SOURCE = "bondgenoot";

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
        return super.initialize(params);
    }

    @Override
    protected Diagnostic toDiagnostic(Issue issue) {
        Diagnostic diagnostic = super.toDiagnostic(issue);
        diagnostic.setSource(DIAGNOSTIC_SOURCE);
        return diagnostic;
    }
}
