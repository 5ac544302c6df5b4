package nl.bondgenoot.agenda.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewerExtension6;
import org.eclipse.jface.text.IUndoManager;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.osgi.util.NLS;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import nl.bondgenoot.agenda.ide.server.RenameRequest;
import nl.bondgenoot.agenda.ui.Messages;
import nl.bondgenoot.agenda.ui.AgendaUi;
import nl.bondgenoot.model.persistence.AtomicWrite;

/**
 * Renames the effect, opgave or uitvoeringsagenda at the cursor with every reference to it in the
 * project's agendas, through the language's rename service (the same edits an LSP editor gets). The
 * editor's own text changes as one undoable step; other agendas are changed in their open editor
 * when they are open without unsaved changes, or in their file (written atomically) when not open.
 */
public final class AgendaRename {

    /** Why a rename did not happen, in Dutch, for the user. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** Where another agenda is open: its editor's document, and whether it has unsaved changes. */
    public interface OpenAgendas {
        IDocument documentOf(Path file);

        boolean isDirty(Path file);

        void save(Path file);
    }

    private AgendaRename() {
    }

    /** Renames; returns the files that changed besides the editor's own. */
    public static List<Path> rename(AgendaEditor editor, int offset, String newName, OpenAgendas open) throws Refused {
        IDocument document = editor.document();
        String text = document.get();
        AgendaWorkingCopy workingCopy = editor.workingCopy();
        if (workingCopy.file() == null) {
            throw new Refused(Messages.rename_notSaved);
        }
        Path file = workingCopy.file().toAbsolutePath().normalize();
        Supplier<ResourceSet> freshSet = () -> new AgendaWorkingCopy(AgendaUi.injector(), file).read(text, r -> r.getResourceSet());
        WorkspaceEdit edit;
        try {
            edit = RenameRequest.rename(AgendaUi.injector().getInstance(IResourceServiceProvider.class), freshSet,
                    workingCopy.uri(), new Document(1, text).getPosition(offset), newName);
        } catch (ResponseErrorException e) {
            throw new Refused(e.getResponseError().getMessage());
        }
        // By file, not by URI text: the service writes file:/// where the working copy has file:/.
        Map<Path, List<TextEdit>> changes = new LinkedHashMap<>();
        if (edit != null && edit.getChanges() != null) {
            edit.getChanges().forEach((uri, edits) -> changes.put(pathOf(uri), edits));
        }
        if (changes.isEmpty()) {
            throw new Refused(Messages.rename_nothingHere);
        }
        for (Path other : changes.keySet()) {
            if (!other.equals(file) && open.documentOf(other) != null && open.isDirty(other)) {
                throw new Refused(NLS.bind(Messages.rename_otherDirty, other.getFileName()));
            }
        }
        try {
            applyToEditor(editor, text, changes.remove(file));
            for (Map.Entry<Path, List<TextEdit>> change : changes.entrySet()) {
                applyElsewhere(change.getKey(), change.getValue(), open);
            }
        } catch (BadLocationException | IOException e) {
            throw new Refused(NLS.bind(Messages.rename_failed, e.getMessage()));
        }
        return List.copyOf(changes.keySet());
    }

    private static void applyToEditor(AgendaEditor editor, String text, List<TextEdit> edits) throws BadLocationException {
        if (edits == null) {
            return;
        }
        IUndoManager undo = editor.viewer() instanceof ITextViewerExtension6 viewer ? viewer.getUndoManager() : null;
        if (undo != null) {
            undo.beginCompoundChange();
        }
        try {
            TextEdits.apply(editor.document(), new Document(1, text), edits);
        } finally {
            if (undo != null) {
                undo.endCompoundChange();
            }
        }
    }

    private static void applyElsewhere(Path file, List<TextEdit> edits, OpenAgendas open) throws IOException, BadLocationException {
        IDocument openDocument = open.documentOf(file);
        if (openDocument != null) {
            TextEdits.apply(openDocument, new Document(1, openDocument.get()), edits);
            open.save(file);
            return;
        }
        String onDisk = Files.readString(file, StandardCharsets.UTF_8);
        org.eclipse.jface.text.Document changed = new org.eclipse.jface.text.Document(onDisk);
        TextEdits.apply(changed, new Document(1, onDisk), edits);
        AtomicWrite.writeString(file, changed.get());
    }

    private static Path pathOf(String uri) {
        return Path.of(URI.createURI(uri).toFileString()).toAbsolutePath().normalize();
    }
}
