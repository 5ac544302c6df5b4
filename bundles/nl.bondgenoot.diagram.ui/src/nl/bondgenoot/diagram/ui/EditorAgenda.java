package nl.bondgenoot.diagram.ui;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.IDocument;
import org.eclipse.emf.ecore.resource.Resource;

import nl.bondgenoot.agenda.ui.editor.AgendaEditor;
import nl.bondgenoot.diagram.emf.ShownModel;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelLoadException;

/**
 * The agenda as its editor has it, unsaved text included: read after each background check of the
 * editor (the check that also feeds Bevindingen), so the Agendaketen follows what is typed. A text
 * with an error keeps the last good chain and says where the error is, as `serve` does for a file.
 */
final class EditorAgenda extends ShownModel {

    private final AgendaEditor editor;
    private final Runnable checked = this::readText;

    EditorAgenda(AgendaEditor editor) {
        super(null);
        this.editor = editor;
        readText();
        editor.addCheckedListener(checked);
    }

    /** The editor closes or the chain shows another agenda. */
    void stop() {
        editor.removeCheckedListener(checked);
        forgetListeners();
    }

    private void readText() {
        IDocument document = editor.document();
        if (document == null || editor.workingCopy() == null) {
            return;
        }
        String text = document.get();
        java.nio.file.Path file = editor.workingCopy().file();
        editor.workingCopy().read(text, resource -> {
            // As AgendaFiles reads a file: every name linked, then the syntax and link errors (rule findings are not errors of the text).
            EcoreUtil.resolveAll(resource);
            if (!resource.getErrors().isEmpty()) {
                Resource.Diagnostic error = resource.getErrors().get(0);
                read(null, new ModelLoadException(file, Math.max(1, error.getLine()), error.getMessage(), null).toUserMessage());
            } else if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Governancemodel model) {
                // A copy: the working copy parses the next text into its own resource while the chain is drawn.
                read(EcoreUtil.copy(model), null);
            }
            return null;
        });
    }
}
