package nl.bondgenoot.agenda.ide.rename;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;

/**
 * Drops edits that would write the text that is already there. Xtext's change serializer rewrites
 * every reference inside a renamed element, also those to actors of a model file ("Gemeente Zwolle"
 * inside a renamed opgave); an editor would show them as changes in the rename preview.
 */
final class UnchangedTextEdits {

    private UnchangedTextEdits() {
    }

    /**
     * @param textOf the current text of a document, by its URI (null when unknown: edits are kept)
     * @return the edit without the unchanged text edits (Xtext's lists cannot be changed in place)
     */
    static WorkspaceEdit removeFrom(WorkspaceEdit edit, Function<String, String> textOf) {
        if (edit.getChanges() != null) {
            Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
            edit.getChanges().forEach((uri, edits) -> {
                String text = textOf.apply(uri);
                List<TextEdit> kept = edits.stream().filter(e -> !unchanged(e, text)).toList();
                if (!kept.isEmpty()) {
                    changes.put(uri, new ArrayList<>(kept));
                }
            });
            edit.setChanges(changes);
        }
        if (edit.getDocumentChanges() != null) {
            List<Either<TextDocumentEdit, ResourceOperation>> documentChanges = new ArrayList<>();
            for (Either<TextDocumentEdit, ResourceOperation> change : edit.getDocumentChanges()) {
                if (change.isRight()) {
                    documentChanges.add(change);
                    continue;
                }
                TextDocumentEdit documentEdit = change.getLeft();
                String text = textOf.apply(documentEdit.getTextDocument().getUri());
                List<Either<TextEdit, SnippetTextEdit>> kept = documentEdit.getEdits().stream()
                        .filter(e -> !(e.isLeft() && unchanged(e.getLeft(), text))).toList();
                if (!kept.isEmpty()) {
                    documentChanges.add(Either.forLeft(new TextDocumentEdit(documentEdit.getTextDocument(), new ArrayList<>(kept))));
                }
            }
            edit.setDocumentChanges(documentChanges);
        }
        return edit;
    }

    private static boolean unchanged(TextEdit edit, String text) {
        if (text == null) {
            return false;
        }
        Document document = new Document(0, text);
        try {
            int start = document.getOffSet(edit.getRange().getStart());
            int end = document.getOffSet(edit.getRange().getEnd());
            return text.substring(start, end).equals(edit.getNewText());
        } catch (IndexOutOfBoundsException e) {
            return false;
        }
    }
}
