package nl.bondgenoot.agenda.ui.editor;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Gives the language's editor-agnostic services (written for the LSP server) the one open text they
 * ask about, so the editor reuses them unchanged. Only reading that text is supported: the editor is
 * not a language server.
 */
final class EditorServerAccess implements ILanguageServerAccess {

    private final XtextResource resource;
    private final Document document;

    EditorServerAccess(XtextResource resource, Document document) {
        this.resource = resource;
        this.document = document;
    }

    @Override
    public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
        return CompletableFuture.completedFuture(doSyncRead(uri, function));
    }

    @Override
    public <T> T doSyncRead(String uri, Function<Context, T> function) {
        return function.apply(new Context(resource, document, true, CancelIndicator.NullImpl));
    }

    @Override
    public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
        throw new UnsupportedOperationException("the agenda editor has no workspace index");
    }

    @Override
    public void addBuildListener(IBuildListener listener) {
        // no builds in the editor
    }

    @Override
    public LanguageClient getLanguageClient() {
        return null;
    }

    @Override
    public ResourceSet newLiveScopeResourceSet(URI uri) {
        return resource.getResourceSet();
    }

    @Override
    public InitializeParams getInitializeParams() {
        return new InitializeParams();
    }

    @Override
    public InitializeResult getInitializeResult() {
        return new InitializeResult();
    }
}
