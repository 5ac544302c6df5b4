package nl.bondgenoot.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;

import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.Messages;
import nl.bondgenoot.ui.properties.ElementFindings;
import nl.bondgenoot.ui.properties.ModelPropertySheet;

/**
 * An editor that shows a model file beside the model editor (the network map, a table): it shares
 * the file's {@link ModelDocument} (one command stack: undo/redo, dirty mark and live sync; one
 * save), shows its selection in Eigenschappen with the model editor's tabs and the rule findings
 * in Bevindingen. A model that is missing, still being read or unreadable is said on an error page.
 */
public abstract class ModelDocumentEditor extends EditorPart
        implements IEditingDomainProvider, ITabbedPropertySheetPageContributor, ElementFindings {

    private final CommandStackListener commandListener = event -> getSite().getShell().getDisplay().asyncExec(this::changed);
    private final Runnable saveListener = this::saved;
    private final ModelPropertySheet propertySheet = new ModelPropertySheet(this);
    private Path modelFile;
    private ModelDocument document;
    private String problem;
    private ModelSelectionProvider selectionProvider;
    private UndoRedoActions undoRedo;
    private Label migrationLabel;

    /** What the editor says when its model file does not exist, is being read in the background, or cannot be read. */
    public record Problems(String noModel, String stillLoading, String unreadable) {
    }

    /**
     * Opens the model file's document for this editor (from {@code init}); when the model cannot be
     * shown, {@link #problem()} says why.
     */
    protected final void openDocument(IEditorSite site, Path file, Problems problems) {
        modelFile = file;
        if (!Files.isRegularFile(file)) {
            problem = problems.noModel();
            return;
        }
        document = ModelDocument.acquire(file);
        if (document.isLoading()) {
            problem = problems.stillLoading();
            return;
        }
        document.load();
        if (document.loadError() != null) {
            problem = NLS.bind(problems.unreadable(), document.loadError().toUserMessage());
            return;
        }
        document.commandStack().addCommandStackListener(commandListener);
        document.addSaveListener(saveListener);
        selectionProvider = new ModelSelectionProvider(document::model);
        site.setSelectionProvider(selectionProvider);
    }

    /**
     * Where the editor puts its content: parent, or an area with the note that the file was read from
     * an older model version above it (gone once saved); give the content {@link EditorNote#fill}.
     */
    protected final Composite withMigrationNote(Composite parent) {
        Composite area = EditorNote.area(parent, document.migrationNote());
        if (area != parent) {
            migrationLabel = EditorNote.add(area, document.migrationNote());
        }
        return area;
    }

    /** The note on the file's migration from an older model version; empty when there is none. */
    public String migrationNote() {
        return document == null ? "" : document.migrationNote();
    }

    private void saved() {
        firePropertyChange(PROP_DIRTY);
        EditorNote.removeWhenSaved(migrationLabel, migrationNote());
    }

    /** The editor cannot show the model, for this reason (before or instead of {@link #openDocument}). */
    protected final void setProblem(String reason) {
        problem = reason;
    }

    /** Ongedaan maken / Opnieuw of the model's command stack as this editor's Edit > Undo/Redo. */
    protected final UndoRedoActions installUndoRedo() {
        undoRedo = new UndoRedoActions(document.commandStack());
        undoRedo.install(getEditorSite().getActionBars());
        return undoRedo;
    }

    /** Whether the editor's view of the model exists (it is made, not disposed). */
    protected abstract boolean isShowing();

    /** Any editor of the model changed it (UI thread): bring this editor's view up to date. */
    protected abstract void modelChanged();

    private void changed() {
        if (!isShowing()) {
            return;
        }
        firePropertyChange(PROP_DIRTY);
        modelChanged();
        if (undoRedo != null) {
            undoRedo.update();
        }
        judge();
        propertySheet.refresh();
    }

    /** The rules judge the model once more; Bevindingen and the Eigenschappen tab follow. */
    protected final void judge() {
        document.judge();
        showInViews();
    }

    /** Bevindingen and the views of the model show this editor's model. */
    protected final void showInViews() {
        BondgenootUi.session().show(modelFile, document.model(), document.findings(), document.profileProblem());
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (document == null || problem != null) {
            return;
        }
        try {
            document.save(); // the model with what every open editor of it saves along (the map's notation), as one unit
        } catch (IOException e) {
            if (!SaveRefusal.handle(getSite().getPage(), document, e)) {
                saveFailed(e);
            }
        } catch (RuntimeException e) {
            saveFailed(e);
        }
    }

    private void saveFailed(Exception e) {
        MessageDialog.openError(getSite().getShell(), Messages.modelEditor_saveFailedTitle,
                NLS.bind(Messages.modelEditor_saveFailed, modelFile, e.getMessage()));
    }

    @Override
    public void doSaveAs() {
        // not offered: the model is saved where it lives
    }

    @Override
    public boolean isDirty() {
        return problem == null && document != null && document.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class && problem == null) {
            return adapter.cast(propertySheet.page());
        }
        if (adapter == ModelDocument.class) {
            return adapter.cast(document);
        }
        return super.getAdapter(adapter);
    }

    /** The same tabs of Eigenschappen as the model editor's (declared for its id in plugin.xml). */
    @Override
    public String getContributorId() {
        return ModelEditor.ID;
    }

    @Override
    public List<Finding> findingsOn(Object element) {
        return document == null ? List.of() : document.findings().stream().filter(f -> f.element() == element).toList();
    }

    @Override
    public EditingDomain getEditingDomain() {
        return document == null ? null : document.domain();
    }

    /** Lets the document go (the last editor of it closes it) and the views forget the model. */
    @Override
    public void dispose() {
        if (document != null) {
            document.commandStack().removeCommandStackListener(commandListener);
            document.removeSaveListener(saveListener);
            boolean closed = document.release();
            if (closed && BondgenootUi.session().model() == document.model()) {
                BondgenootUi.session().close();
            }
        }
        super.dispose();
    }

    /** The model shown (null when it could not be read). */
    public Governancemodel model() {
        return document == null ? null : document.model();
    }

    /** What the editor shows instead of the model, or null. */
    public String problem() {
        return problem;
    }

    public Path modelFile() {
        return modelFile;
    }

    protected final ModelDocument document() {
        return document;
    }

    protected final ModelSelectionProvider selectionProvider() {
        return selectionProvider;
    }

    protected final ModelPropertySheet propertySheet() {
        return propertySheet;
    }
}
