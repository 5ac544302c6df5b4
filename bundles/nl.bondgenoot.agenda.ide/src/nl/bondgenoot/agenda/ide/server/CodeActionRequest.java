package nl.bondgenoot.agenda.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * Asks the code-action service for the repairs of some problems of one text, outside a language
 * server: the problems are published as the server publishes them (range, code, data, severity), so
 * the workbench editor and the tests get exactly the fixes an LSP editor gets.
 */
public final class CodeActionRequest {

    private CodeActionRequest() {
    }

    public static List<CodeAction> fixes(XtextResource resource, Document document, String uri, List<Issue> issues) {
        ICodeActionService2 service = resource.getResourceServiceProvider().get(ICodeActionService2.class);
        if (service == null || issues.isEmpty()) {
            return List.of();
        }
        List<Diagnostic> diagnostics = issues.stream().map(issue -> diagnostic(issue, document)).toList();
        ICodeActionService2.Options options = new ICodeActionService2.Options();
        options.setDocument(document);
        options.setResource(resource);
        options.setURI(uri);
        options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(uri), diagnostics.get(0).getRange(),
                new CodeActionContext(diagnostics)));
        options.setCancelIndicator(CancelIndicator.NullImpl);
        options.setLanguageServerAccess(new SingleDocumentAccess(resource, document));
        List<CodeAction> fixes = new ArrayList<>();
        for (Either<org.eclipse.lsp4j.Command, CodeAction> action : service.getCodeActions(options)) {
            if (action.isRight() && action.getRight().getEdit() != null && action.getRight().getEdit().getChanges() != null) {
                fixes.add(action.getRight());
            }
        }
        return fixes;
    }

    /** The problem as the language server publishes it. */
    private static Diagnostic diagnostic(Issue issue, Document document) {
        int offset = issue.getOffset() == null ? 0 : issue.getOffset();
        int length = issue.getLength() == null ? 0 : issue.getLength();
        Diagnostic diagnostic = new Diagnostic(new Range(document.getPosition(offset), document.getPosition(offset + length)),
                issue.getMessage());
        diagnostic.setCode(issue.getCode());
        diagnostic.setData(issue.getData());
        diagnostic.setSeverity(switch (issue.getSeverity()) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            default -> DiagnosticSeverity.Information;
        });
        return diagnostic;
    }
}
