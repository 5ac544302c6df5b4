package nl.bondgenoot.agenda.ide.server;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Gives the services that work across files (rename) a project's agendas outside a language server:
 * each resource set comes fresh from the supplier, read as the editor has the texts, so a service
 * that changes models to compute its edits never touches what the editor holds.
 */
public final class ResourceSetAccess extends OutsideServerAccess {

    private final Supplier<ResourceSet> freshSet;
    private ResourceSet reading;

    public ResourceSetAccess(Supplier<ResourceSet> freshSet) {
        this.freshSet = freshSet;
    }

    @Override
    public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
        return CompletableFuture.completedFuture(doSyncRead(uri, function));
    }

    @Override
    public <T> T doSyncRead(String uri, Function<Context, T> function) {
        Resource resource = readingSet().getResource(URI.createURI(uri), true);
        String text = resource instanceof XtextResource xtext && xtext.getParseResult() != null
                ? xtext.getParseResult().getRootNode().getText() : "";
        return function.apply(new Context(resource, new Document(1, text), true, CancelIndicator.NullImpl));
    }

    @Override
    public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
        ResourceSet set = readingSet();
        XtextResource any = set.getResources().stream().filter(XtextResource.class::isInstance).map(XtextResource.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("no agenda to index"));
        var index = any.getResourceServiceProvider().get(ResourceDescriptionsProvider.class).getResourceDescriptions(set);
        return CompletableFuture.completedFuture(function.apply(new IndexContext(index, CancelIndicator.NullImpl)));
    }

    private ResourceSet readingSet() {
        if (reading == null) {
            reading = freshSet.get();
        }
        return reading;
    }

    @Override
    public ResourceSet newLiveScopeResourceSet(URI uri) {
        return freshSet.get();
    }
}
