package nl.bondgenoot.agenda.ide.server;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Asks the rename service for the edits of one rename, outside a language server: the workbench's
 * agenda editor gets exactly the edits an LSP editor gets. A refused rename (an actor, which lives
 * in a model file) throws the service's ResponseErrorException with its Dutch message.
 */
public final class RenameRequest {

    private RenameRequest() {
    }

    /**
     * @param freshSet the project's agendas and models, with the renaming agenda read from its
     *                 current text; called more than once, each call a new set
     */
    public static WorkspaceEdit rename(IResourceServiceProvider language, Supplier<ResourceSet> freshSet, String uri,
            Position position, String newName) {
        IRenameService2 service = language.get(IRenameService2.class);
        IRenameService2.Options options = new IRenameService2.Options();
        options.setLanguageServerAccess(new ResourceSetAccess(freshSet));
        options.setRenameParams(new RenameParams(new TextDocumentIdentifier(uri), position, newName));
        options.setCancelIndicator(CancelIndicator.NullImpl);
        return service.rename(options);
    }
}
