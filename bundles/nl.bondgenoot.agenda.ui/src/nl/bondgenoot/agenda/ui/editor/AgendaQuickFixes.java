package nl.bondgenoot.agenda.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * Ctrl+1 on a problem: the repairs the language's quick-fix service offers for it (the same code
 * actions an LSP editor gets), applied to the editor's text.
 */
final class AgendaQuickFixes implements IQuickAssistProcessor {

    private final AgendaEditor editor;

    AgendaQuickFixes(AgendaEditor editor) {
        this.editor = editor;
    }

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        IDocument target = context.getSourceViewer().getDocument();
        List<AgendaProblem> problems = AgendaCheck.problemsAt(context.getSourceViewer().getAnnotationModel(), context.getOffset());
        return fixesFor(target, problems).toArray(ICompletionProposal[]::new);
    }

    /** The repairs for the given problems of the document's current text. */
    List<ICompletionProposal> fixesFor(IDocument target, List<AgendaProblem> problems) {
        String text = target.get();
        if (problems.isEmpty() || editor.workingCopy() == null) {
            return List.of();
        }
        return editor.workingCopy().read(text, resource -> {
            ICodeActionService2 service = resource.getResourceServiceProvider().get(ICodeActionService2.class);
            if (service == null) {
                return List.<ICompletionProposal>of();
            }
            Document document = new Document(1, text);
            List<Diagnostic> diagnostics = problems.stream().map(p -> diagnostic(p.issue(), document)).toList();
            CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(editor.workingCopy().uri()),
                    diagnostics.get(0).getRange(), new CodeActionContext(diagnostics));
            ICodeActionService2.Options options = new ICodeActionService2.Options();
            options.setDocument(document);
            options.setResource(resource);
            options.setURI(editor.workingCopy().uri());
            options.setCodeActionParams(params);
            options.setCancelIndicator(CancelIndicator.NullImpl);
            options.setLanguageServerAccess(new EditorServerAccess(resource, document));
            List<ICompletionProposal> fixes = new ArrayList<>();
            for (Either<org.eclipse.lsp4j.Command, CodeAction> action : service.getCodeActions(options)) {
                if (action.isRight() && action.getRight().getEdit() != null && action.getRight().getEdit().getChanges() != null) {
                    for (Map.Entry<String, List<TextEdit>> change : action.getRight().getEdit().getChanges().entrySet()) {
                        fixes.add(new Fix(action.getRight().getTitle(), document, change.getValue()));
                    }
                }
            }
            return fixes;
        });
    }

    /** The problem as the LSP server would publish it, so the code-action service recognises it. */
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

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public boolean canFix(Annotation annotation) {
        return annotation instanceof AgendaProblem;
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
        return false;
    }

    /** One repair: its Dutch title and the edits it makes. */
    static final class Fix implements ICompletionProposal {

        private final String title;
        private final Document text;
        private final List<TextEdit> edits;

        Fix(String title, Document text, List<TextEdit> edits) {
            this.title = title;
            this.text = text;
            this.edits = edits;
        }

        @Override
        public void apply(IDocument document) {
            try {
                TextEdits.apply(document, text, edits);
            } catch (BadLocationException e) {
                // the text changed under the proposal; the next check offers fresh repairs
            }
        }

        @Override
        public Point getSelection(IDocument document) {
            return null;
        }

        @Override
        public String getAdditionalProposalInfo() {
            return null;
        }

        @Override
        public String getDisplayString() {
            return title;
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public IContextInformation getContextInformation() {
            return null;
        }
    }
}
