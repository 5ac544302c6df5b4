package nl.bondgenoot.agenda.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
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
import nl.bondgenoot.model.persistence.FileChangedException;
import nl.bondgenoot.model.persistence.FileVersion;
import nl.bondgenoot.model.persistence.RegularFiles;
import nl.bondgenoot.model.persistence.UnusableFileException;

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
        Map<Path, FileVersion> seen = new HashMap<>();
        Supplier<ResourceSet> freshSet = () -> remember(
                new AgendaWorkingCopy(AgendaUi.injector(), file).read(text, r -> r.getResourceSet()), file, seen);
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
            List<TextEdit> own = changes.remove(file);
            // Files not open are written first, as one unit: a refusal (changed on disk) changes nothing.
            List<AtomicWrite.Part> parts = new ArrayList<>();
            for (Map.Entry<Path, List<TextEdit>> change : changes.entrySet()) {
                if (open.documentOf(change.getKey()) == null) {
                    parts.add(onDisk(change.getKey(), change.getValue(), seen.get(change.getKey())));
                }
            }
            AtomicWrite.writeAll(parts);
            applyToEditor(editor, text, own);
            for (Map.Entry<Path, List<TextEdit>> change : changes.entrySet()) {
                IDocument openDocument = open.documentOf(change.getKey());
                if (openDocument != null) {
                    TextEdits.apply(openDocument, new Document(1, openDocument.get()), change.getValue());
                    open.save(change.getKey());
                }
            }
        } catch (UnusableFileException e) {
            throw new Refused(NLS.bind(Messages.rename_failed, e.toUserMessage()));
        } catch (BadLocationException | IOException e) {
            throw new Refused(NLS.bind(Messages.rename_failed, e.getMessage()));
        }
        return List.copyOf(changes.keySet());
    }

    /** The versions of the project's files as the rename service is about to read them. */
    private static ResourceSet remember(ResourceSet set, Path own, Map<Path, FileVersion> seen) {
        for (Resource resource : List.copyOf(set.getResources())) {
            if (resource.getURI() != null && resource.getURI().isFile()) {
                Path path = pathOf(resource.getURI().toString());
                if (!path.equals(own)) {
                    try {
                        seen.putIfAbsent(path, FileVersion.current(path));
                    } catch (IOException e) {
                        // not readable: the rename service reports it or leaves it out
                    }
                }
            }
        }
        return set;
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

    /**
     * The new content of an agenda that is not open, as part of the rename's one write; refused when
     * the file changed since the rename service read it.
     */
    private static AtomicWrite.Part onDisk(Path file, List<TextEdit> edits, FileVersion seen) throws IOException, BadLocationException {
        RegularFiles.Read read = RegularFiles.read(file, RegularFiles.MAX_MODEL_BYTES);
        if (seen != null && !seen.equals(read.version())) {
            throw new FileChangedException(file, seen, read.version());
        }
        String onDisk = new String(read.content(), StandardCharsets.UTF_8);
        org.eclipse.jface.text.Document changed = new org.eclipse.jface.text.Document(onDisk);
        TextEdits.apply(changed, new Document(1, onDisk), edits);
        String text = changed.get();
        return new AtomicWrite.Part(file, read.version(), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Path pathOf(String uri) {
        return Path.of(URI.createURI(uri).toFileString()).toAbsolutePath().normalize();
    }
}
