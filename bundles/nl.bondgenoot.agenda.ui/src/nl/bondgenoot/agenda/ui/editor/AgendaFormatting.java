package nl.bondgenoot.agenda.ui.editor;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.util.CancelIndicator;

/** Agenda opmaken: the language's formatter applied to the editor's text, as one undoable change. */
final class AgendaFormatting {

    private static final int INDENT = 2;

    private final AgendaWorkingCopy workingCopy;

    AgendaFormatting(AgendaWorkingCopy workingCopy) {
        this.workingCopy = workingCopy;
    }

    /** @return false when the text has syntax errors: the formatter would guess, so it does nothing */
    boolean format(IDocument target) {
        String text = target.get();
        List<? extends TextEdit> edits = workingCopy.read(text, resource -> {
            if (!resource.getParseResult().getSyntaxErrors().iterator().hasNext()) {
                Document document = new Document(1, text);
                DocumentFormattingParams params = new DocumentFormattingParams(
                        new TextDocumentIdentifier(workingCopy.uri()), new FormattingOptions(INDENT, true));
                FormattingService service = resource.getResourceServiceProvider().get(FormattingService.class);
                return service.format(document, resource, params, CancelIndicator.NullImpl);
            }
            return null;
        });
        if (edits == null) {
            return false;
        }
        try {
            TextEdits.apply(target, new Document(1, text), edits);
            return true;
        } catch (BadLocationException e) {
            return false;
        }
    }
}
