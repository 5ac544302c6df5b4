package nl.bondgenoot.agenda.ui.editor;

import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.util.CancelIndicator;

/** Ctrl+Spatie: keywords, values and names, from the language's content assist service. */
final class AgendaContentAssist implements IContentAssistProcessor {

    private final AgendaEditor editor;

    AgendaContentAssist(AgendaEditor editor) {
        this.editor = editor;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        String text = viewer.getDocument().get();
        List<ICompletionProposal> proposals = editor.workingCopy().read(text, resource -> {
            Document document = new Document(1, text);
            CompletionParams params = new CompletionParams(new TextDocumentIdentifier(editor.workingCopy().uri()),
                    document.getPosition(offset));
            ContentAssistService service = resource.getResourceServiceProvider().get(ContentAssistService.class);
            CompletionList list = service.createCompletionList(document, resource, params, CancelIndicator.NullImpl);
            return list.getItems().stream().map(item -> toProposal(item, document, offset)).toList();
        });
        return proposals.toArray(ICompletionProposal[]::new);
    }

    private static ICompletionProposal toProposal(CompletionItem item, Document document, int offset) {
        String insert = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
        int start = offset;
        int end = offset;
        if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
            TextEdit edit = item.getTextEdit().getLeft();
            insert = edit.getNewText();
            start = document.getOffSet(edit.getRange().getStart());
            end = document.getOffSet(edit.getRange().getEnd());
        }
        String shown = item.getDetail() == null || item.getDetail().isBlank() ? item.getLabel()
                : item.getLabel() + " — " + item.getDetail();
        String documentation = item.getDocumentation() == null ? null
                : item.getDocumentation().isLeft() ? item.getDocumentation().getLeft()
                        : item.getDocumentation().getRight().getValue();
        return new CompletionProposal(insert, start, end - start, insert.length(), null, shown, null, documentation);
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return null;
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
