package nl.bondgenoot.agenda.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;

/** Applies the services' text edits (LSP positions) to the editor's document, last one first. */
final class TextEdits {

    private TextEdits() {
    }

    static void apply(IDocument target, Document text, List<? extends TextEdit> edits) throws BadLocationException {
        List<int[]> regions = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (TextEdit edit : edits) {
            int start = text.getOffSet(edit.getRange().getStart());
            int end = text.getOffSet(edit.getRange().getEnd());
            regions.add(new int[] { start, end, regions.size() });
            texts.add(edit.getNewText());
        }
        regions.sort(Comparator.comparingInt((int[] r) -> r[0]).reversed());
        for (int[] region : regions) {
            target.replace(region[0], region[1] - region[0], texts.get(region[2]));
        }
    }
}
