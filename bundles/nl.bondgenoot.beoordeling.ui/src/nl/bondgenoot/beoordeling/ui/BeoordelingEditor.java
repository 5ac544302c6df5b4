package nl.bondgenoot.beoordeling.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EventObject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import nl.bondgenoot.agenda.ui.FileInputs;
import nl.bondgenoot.model.persistence.UnusableFileException;
import nl.bondgenoot.ui.editor.ErrorPage;
import nl.bondgenoot.ui.editor.UndoRedoActions;

/**
 * The editor of an assessment file (.beoordeling): one form for every instrument, built from the
 * instrument's description. Every edit is a command on the document's stack (Bewerken > Ongedaan maken);
 * a file that cannot be read shows why and is never written.
 */
public final class BeoordelingEditor extends EditorPart {

    public static final String ID = "nl.bondgenoot.beoordeling.ui.editor";

    private Path file;
    private BeoordelingDocument document;
    private UndoRedoActions undoRedo;
    private ChecklistFormulier checklist;
    private ZelfanalyseFormulier scores;
    private PlateauFormulier plateaus;
    private Bevindingen bevindingen;
    private final CommandStackListener commandListener = this::commandStackChanged;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        file = FileInputs.requireFile(input);
        setPartName(file.getFileName().toString());
        document = new BeoordelingDocument(file);
        document.load();
        document.commandStack().addCommandStackListener(commandListener);
    }

    @Override
    public void createPartControl(Composite parent) {
        if (document.loadError() != null) {
            ErrorPage.create(parent, NLS.bind(Messages.editor_unreadable, document.loadError()));
            return;
        }
        bevindingen = new Bevindingen(file);
        bevindingen.judge(document.beoordeling());
        switch (document.instrument().soort()) {
            case CHECKLIST -> {
                Bewerkingen bewerkingen = new Bewerkingen(document.beoordeling(), document.domain());
                // Answers that took a proposal follow the model as it is now (one command: Ongedaan maken undoes it).
                bewerkingen.volgModel();
                checklist = new ChecklistFormulier(parent, document.instrument(), bewerkingen, document.model(),
                        document.onderwerp(), bevindingen);
            }
            case SCORES -> scores = new ZelfanalyseFormulier(parent, document,
                    new Scores(document.beoordeling(), document.domain()), document.model(), document.onderwerp());
            case PLATEAUS -> plateaus = new PlateauFormulier(parent, document, bevindingen);
        }
        undoRedo = new UndoRedoActions(document.commandStack());
        undoRedo.install(getEditorSite().getActionBars());
    }

    private void commandStackChanged(EventObject event) {
        Display.getDefault().asyncExec(() -> {
            if (undoRedo != null) {
                undoRedo.update();
            }
            if (bevindingen != null && document.beoordeling() != null) {
                bevindingen.judge(document.beoordeling());
            }
            if (plateaus != null && !plateaus.control().isDisposed()) {
                plateaus.refresh();
            }
            if (checklist != null && !checklist.tabs().isDisposed()) {
                checklist.refresh();
            }
            if (scores != null && !scores.control().isDisposed()) {
                scores.refresh();
            }
            firePropertyChange(PROP_DIRTY);
        });
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            document.save();
            firePropertyChange(PROP_DIRTY);
        } catch (IOException | RuntimeException e) {
            // A refused save (changed on disk, read-only) says why in the persistence layer's Dutch words.
            String reason = e instanceof UnusableFileException unusable ? unusable.toUserMessage() : e.getMessage();
            MessageDialog.openError(getSite().getShell(), Messages.editor_saveFailedTitle,
                    NLS.bind(Messages.editor_saveFailed, file, reason));
        }
    }

    @Override
    public void doSaveAs() {
        // Not offered: an assessment is saved beside its model under its own name.
    }

    @Override
    public boolean isDirty() {
        return document != null && document.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        if (checklist != null) {
            checklist.tabs().setFocus();
        }
    }

    @Override
    public void dispose() {
        if (document != null) {
            document.commandStack().removeCommandStackListener(commandListener);
            document.dispose();
        }
        super.dispose();
    }

    public BeoordelingDocument document() {
        return document;
    }

    /** The form of a checklist-like assessment, or null. */
    public ChecklistFormulier checklist() {
        return checklist;
    }

    /** The form of a zelfanalyse, or null. */
    public ZelfanalyseFormulier zelfanalyse() {
        return scores;
    }

    /** The form of an ambition table, or null. */
    public PlateauFormulier plateaus() {
        return plateaus;
    }

    public UndoRedoActions undoRedo() {
        return undoRedo;
    }
}
