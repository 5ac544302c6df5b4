package nl.bondgenoot.agenda.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.validation.Issue;

import nl.bondgenoot.agenda.ide.server.CodeActionRequest;

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
            Document document = new Document(1, text);
            List<Issue> issues = problems.stream().map(AgendaProblem::issue).toList();
            List<ICompletionProposal> fixes = new ArrayList<>();
            for (CodeAction action : CodeActionRequest.fixes(resource, document, editor.workingCopy().uri(), issues)) {
                for (List<TextEdit> edits : action.getEdit().getChanges().values()) {
                    fixes.add(new Fix(action.getTitle(), document, edits));
                }
            }
            return fixes;
        });
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
