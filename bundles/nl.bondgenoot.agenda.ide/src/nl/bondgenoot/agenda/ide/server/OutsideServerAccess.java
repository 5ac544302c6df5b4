package nl.bondgenoot.agenda.ide.server;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;

/**
 * What the language's services ask of a language server that is not there: no client, no builds,
 * a client without special capabilities. The accesses for the workbench editor and tests say only
 * how they read texts.
 */
abstract class OutsideServerAccess implements ILanguageServerAccess {

    @Override
    public void addBuildListener(IBuildListener listener) {
        // no builds outside a language server
    }

    @Override
    public LanguageClient getLanguageClient() {
        return null;
    }

    @Override
    public InitializeParams getInitializeParams() {
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        return params;
    }

    @Override
    public InitializeResult getInitializeResult() {
        return new InitializeResult();
    }
}
