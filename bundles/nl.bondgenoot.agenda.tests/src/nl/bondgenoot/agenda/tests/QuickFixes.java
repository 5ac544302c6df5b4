package nl.bondgenoot.agenda.tests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * Test support: asks the LSP code-action service (as bound in the agenda's IDE module) for the fixes
 * of one finding and applies each to the text, as an editor would.
 */
final class QuickFixes {

    /** A fix as the user sees it: its label and the text after applying it. */
    record Fix(String label, String result) {
    }

    private QuickFixes() {
    }

    static List<Issue> issues(XtextResource resource) {
        return IdeServices.injector().getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
                CancelIndicator.NullImpl);
    }

    static Issue issue(XtextResource resource, String code) {
        return issues(resource).stream().filter(i -> code.equals(i.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + issues(resource)));
    }

    static List<Fix> fixes(XtextResource resource, String text, String code) {
        Issue issue = issue(resource, code);
        Document document = new Document(1, text);
        Range range = new Range(document.getPosition(issue.getOffset()),
                document.getPosition(issue.getOffset() + issue.getLength()));
        Diagnostic diagnostic = new Diagnostic(range, issue.getMessage(), DiagnosticSeverity.Warning, "bondgenoot",
                issue.getCode());
        String uri = resource.getURI().toString();
        ICodeActionService2.Options options = new ICodeActionService2.Options();
        options.setResource(resource);
        options.setDocument(document);
        options.setURI(uri);
        options.setCancelIndicator(CancelIndicator.NullImpl);
        options.setLanguageServerAccess(access(resource, document));
        options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(uri), range,
                new CodeActionContext(List.of(diagnostic))));
        List<Fix> fixes = new ArrayList<>();
        for (Either<Command, CodeAction> action : IdeServices.injector().getInstance(ICodeActionService2.class)
                .getCodeActions(options)) {
            CodeAction codeAction = action.getRight();
            List<TextEdit> edits = codeAction.getEdit().getChanges().values().iterator().next();
            fixes.add(new Fix(codeAction.getTitle(), apply(document, edits)));
        }
        return fixes;
    }

    /** LSP edits refer to the original text: applied from the end backwards. */
    static String apply(Document document, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparing((TextEdit e) -> document.getOffSet(e.getRange().getStart())).reversed());
        StringBuilder text = new StringBuilder(document.getContents());
        for (TextEdit edit : sorted) {
            text.replace(document.getOffSet(edit.getRange().getStart()), document.getOffSet(edit.getRange().getEnd()),
                    edit.getNewText());
        }
        return text.toString();
    }

    /** What the language server gives a code action: the open document and its resource set. */
    private static ILanguageServerAccess access(XtextResource resource, Document document) {
        return new ILanguageServerAccess() {
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
                throw new UnsupportedOperationException();
            }

            @Override
            public void addBuildListener(IBuildListener listener) {
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
                InitializeParams params = new InitializeParams();
                params.setCapabilities(new ClientCapabilities());
                return params;
            }

            @Override
            public InitializeResult getInitializeResult() {
                return new InitializeResult();
            }
        };
    }
}
