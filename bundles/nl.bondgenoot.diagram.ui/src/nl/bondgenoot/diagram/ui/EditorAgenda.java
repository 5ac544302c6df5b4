package nl.bondgenoot.diagram.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import nl.bondgenoot.agenda.ui.editor.AgendaEditor;
import nl.bondgenoot.diagram.emf.ShownModel;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelLoadException;

/**
 * The agenda as its editor has it, unsaved text included: read after each background check of the
 * editor (the check that also feeds Bevindingen), so the Agendaketen follows what is typed. A text
 * with an error keeps the last good chain and says where the error is, as `serve` does for a file.
 */
final class EditorAgenda implements ShownModel {

    private final AgendaEditor editor;
    private final List<Consumer<Reading>> listeners = new CopyOnWriteArrayList<>();
    private final Runnable checked = this::read;
    private volatile Reading latest;

    EditorAgenda(AgendaEditor editor) {
        this.editor = editor;
        this.latest = new Reading(null, null);
        readNow();
        editor.addCheckedListener(checked);
    }

    @Override
    public Reading latest() {
        return latest;
    }

    @Override
    public void listen(Consumer<Reading> listener) {
        listeners.add(listener);
    }

    @Override
    public void unlisten(Consumer<Reading> listener) {
        listeners.remove(listener);
    }

    /** The editor closes or the chain shows another agenda. */
    void stop() {
        editor.removeCheckedListener(checked);
        listeners.clear();
    }

    private void read() {
        readNow();
        Reading reading = latest;
        listeners.forEach(l -> l.accept(reading));
    }

    private void readNow() {
        IDocument document = editor.document();
        if (document == null || editor.workingCopy() == null) {
            return;
        }
        String text = document.get();
        Issue error = editor.problems().stream().filter(i -> i.getSeverity() == Severity.ERROR).findFirst().orElse(null);
        if (error != null) {
            String problem = new ModelLoadException(editor.workingCopy().file(), error.getLineNumber() == null ? 0 : error.getLineNumber(),
                    error.getMessage(), null).toUserMessage();
            latest = new Reading(latest.model(), problem);
            return;
        }
        // A copy: the working copy parses the next text into its own resource while the chain is drawn.
        Governancemodel model = editor.workingCopy().read(text, resource -> resource.getContents().isEmpty()
                || !(resource.getContents().get(0) instanceof Governancemodel m) ? null : EcoreUtil.copy(m));
        latest = model == null ? new Reading(latest.model(), null) : new Reading(model, null);
    }
}
