package nl.bondgenoot.agenda.ide.server;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Gives the language's editor-agnostic services (written for the LSP server) the one open text they
 * ask about, outside a language server: the workbench's agenda editor and tests call code actions
 * this way. Only reading that text is supported.
 */
public final class SingleDocumentAccess extends OutsideServerAccess {

    private final XtextResource resource;
    private final Document document;

    public SingleDocumentAccess(XtextResource resource, Document document) {
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
        throw new UnsupportedOperationException("one document has no workspace index");
    }

    @Override
    public ResourceSet newLiveScopeResourceSet(URI uri) {
        return resource.getResourceSet();
    }
}
