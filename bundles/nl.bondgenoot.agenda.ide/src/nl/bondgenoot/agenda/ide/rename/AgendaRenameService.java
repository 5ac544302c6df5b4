package nl.bondgenoot.agenda.ide.rename;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.ide.server.rename.ServerRefactoringIssueAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.xbase.lib.Exceptions;

import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Element;

/**
 * Renames effects, opgaven and uitvoeringsagenda's with every reference to them in the workspace's
 * agendas (names with spaces come back quoted through the Naam value converter). Actors and networks
 * live in a model file (.bondgenoot): renaming them here would leave the model behind, so it is
 * refused with a message that says where to do it.
 */
public class AgendaRenameService extends RenameService2 {

    /**
     * Edits that change nothing are dropped (see {@link UnchangedTextEdits}).
     * Xtext wraps a refused rename in the exceptions of its read job, which reach the editor as
     * "Internal error."; unwrapped, the editor shows our message.
     */
    @Override
    public WorkspaceEdit rename(IRenameService2.Options options) {
        try {
            WorkspaceEdit edit = super.rename(options);
            return edit == null ? null : UnchangedTextEdits.removeFrom(edit, uri -> currentText(options.getLanguageServerAccess(), uri));
        } catch (RuntimeException e) {
            throw refusalIn(e).orElseThrow(() -> e);
        } catch (Exception e) {
            throw refusalIn(e).orElseThrow(() -> new IllegalStateException(e));
        }
    }

    /**
     * An actor or network is refused before the user types a new name, with the message that says
     * where to rename it (an editor asks this first when it supports it).
     */
    @Override
    public Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(IRenameService2.PrepareRenameOptions options) {
        try {
            return super.prepareRename(options);
        } catch (Exception e) { // Xtext rethrows the read job's ExecutionException unchecked
            throw refusalIn(e).orElseThrow(() -> Exceptions.sneakyThrow(e));
        }
    }

    @Override
    protected Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> doPrepareRename(Resource resource, Document document,
            PrepareRenameParams params, CancelIndicator cancelIndicator) {
        if (resource instanceof XtextResource xtext) {
            EObject element = getElementWithIdentifierAt(xtext, document.getOffSet(params.getPosition()));
            if (element != null && !element.eIsProxy() && !(element.eResource() instanceof XtextResource)) {
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, refusal(element), null));
            }
        }
        return super.doPrepareRename(resource, document, params, cancelIndicator);
    }

    /** The text as the editor has it (open documents) or as it is on disk. */
    private static String currentText(ILanguageServerAccess access, String uri) {
        try {
            return access.doRead(uri, context -> context.getDocument() == null ? null : context.getDocument().getContents()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    private static Optional<ResponseErrorException> refusalIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ResponseErrorException refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    @Override
    protected void applyModifications(EObject element, WorkspaceEdit workspaceEdit, ServerRefactoringIssueAcceptor issues,
            IRenameService2.Options options, ILanguageServerAccess.Context context) {
        if (!(element.eResource() instanceof XtextResource)) {
            // Thrown, not added to the issues: Xtext would replace the text by "Refactoring cannot be performed".
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, refusal(element), null));
        }
        super.applyModifications(element, workspaceEdit, issues, options, context);
    }

    /** The element whose name or reference is at the offset; the name is {@code naam} here. */
    @Override
    protected EObject getElementWithIdentifierAt(XtextResource resource, int offset) {
        EObject referenced = getEObjectAtOffsetHelper().resolveCrossReferencedElementAt(resource, offset);
        if (referenced != null) {
            return referenced;
        }
        EObject element = getEObjectAtOffsetHelper().resolveElementAt(resource, offset);
        if (element instanceof Element) {
            List<INode> names = NodeModelUtils.findNodesForFeature(element, BondgenootPackage.Literals.ELEMENT__NAAM);
            for (INode name : names) {
                if (name.getOffset() <= offset && offset <= name.getEndOffset()) {
                    return element;
                }
            }
        }
        return null;
    }

    @Override
    protected String getElementName(EObject element) {
        return element instanceof Element named && named.getNaam() != null && !named.getNaam().isEmpty() ? named.getNaam()
                : super.getElementName(element);
    }

    static String refusal(EObject element) {
        String naam = element instanceof Element named ? "'" + named.getNaam() + "'" : "dit element";
        String file = element.eResource() == null ? "het model" : element.eResource().getURI().lastSegment();
        return naam + " staat in het model " + file + " en kan alleen daar een andere naam krijgen; "
                + "hernoem het daar en pas daarna de namen in de agenda's aan.";
    }
}
