package nl.bondgenoot.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;

import nl.bondgenoot.agenda.ui.FileInputs;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.FormatVersions;
import nl.bondgenoot.model.persistence.UnreadableFileException;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.Messages;
import nl.bondgenoot.ui.edit.ItemProviderContentProvider;
import nl.bondgenoot.ui.edit.ItemProviderLabelProvider;
import nl.bondgenoot.ui.properties.ElementFindings;
import nl.bondgenoot.ui.properties.ItemPropertySourceProvider;
import nl.bondgenoot.ui.properties.ModelPropertySheet;

/**
 * The model editor: the model file as a tree of the item providers, edited through EMF commands
 * on one command stack (undo/redo, delete with reference clean-up, new children, properties).
 * After each change the rule engine judges the model again and the Bevindingen view follows. A
 * file that cannot be read opens as an error page and is never written.
 */
public class ModelEditor extends EditorPart
        implements IEditingDomainProvider, ITabbedPropertySheetPageContributor, ElementFindings {

    public static final String ID = "nl.bondgenoot.ui.modelEditor";

    private final CommandStackListener commandListener = this::commandStackChanged;
    private final Runnable saveListener = this::saved;
    private ModelDocument document;
    private ComposedAdapterFactory adapterFactory;
    private BasicCommandStack commandStack;
    private AdapterFactoryEditingDomain domain;
    private Path file;
    private Governancemodel model;
    private UnreadableFileException loadError;
    private TreeViewer viewer;
    private final ModelPropertySheet propertySheet = new ModelPropertySheet(this);
    private ModelEditorActions actions;
    private boolean loading;
    private Label migrationLabel;
    private final ModelSelectionProvider selectionProvider = new ModelSelectionProvider(() -> model);

    /** Models from this size on are read in a background job, so the window stays responsive. */
    static final long BACKGROUND_LOAD_BYTES = 2 * 1024 * 1024;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInputWithNotify(input);
        file = FileInputs.requireFile(input);
        setPartName(file.getFileName().toString());
        // Shared with the file's network map: one model, one command stack, one save.
        document = ModelDocument.acquire(file);
        adapterFactory = document.adapterFactory();
        commandStack = document.commandStack();
        domain = document.domain();
        if (document.model() == null && document.loadError() == null && !document.isLoading() && readsInBackground(file)) {
            loading = true;
            document.loadingStarted();
        } else {
            document.load(); // unreadable: shown as the editor's page; nothing will ever be saved over the file
            model = document.model();
            loadError = document.loadError();
        }
        commandStack.addCommandStackListener(commandListener);
        document.addSaveListener(saveListener);
    }

    @Override
    public void createPartControl(Composite parent) {
        getSite().setSelectionProvider(selectionProvider);
        if (loading) {
            ModelLoadingPage.show(parent, file, domain.getResourceSet(), this::loaded);
            return;
        }
        createContents(parent);
    }

    /** The background load has finished (on the UI thread): show the model or why it cannot be read. */
    private void loaded(Composite parent, ModelLoadJob.Result result) {
        loading = false;
        if (result.cancelled()) {
            getSite().getPage().closeEditor(this, false);
            return;
        }
        document.loadingFinished(result.model(), result.error());
        model = result.model();
        loadError = result.error();
        createContents(parent);
        parent.layout(true, true);
        if (getSite().getPage().getActiveEditor() == this) {
            setFocus();
        }
    }

    /** The job family of background model reading (to wait for or cancel it). */
    public static final Object LOAD_JOB_FAMILY = ModelLoadJob.FAMILY;

    /** Whether the editor reads this file in a background job (large models). */
    public static boolean readsInBackground(Path file) {
        return ModelLoadJob.size(file) >= BACKGROUND_LOAD_BYTES;
    }

    /** True while a large model is still being read in the background. */
    public boolean isLoading() {
        return loading;
    }

    private void createContents(Composite parent) {
        if (loadError != null) {
            ErrorPage.create(parent, errorText());
            return;
        }
        Composite area = EditorNote.area(parent, readerNotes() + migrationNote());
        if (!readerNotes().isEmpty()) {
            // What the reader left out of the file (an external entity) is said above the tree, as validate says it.
            Label note = EditorNote.add(area, readerNotes());
            note.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        }
        if (!migrationNote().isEmpty()) {
            migrationLabel = EditorNote.add(area, migrationNote());
        }
        viewer = new TreeViewer(area, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        EditorNote.fill(viewer.getControl());
        viewer.setContentProvider(new ItemProviderContentProvider(adapterFactory));
        viewer.setLabelProvider(new ItemProviderLabelProvider(adapterFactory));
        viewer.setInput(model.eResource());
        viewer.expandToLevel(2);
        selectionProvider.attach(viewer);

        actions = new ModelEditorActions(this);
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(actions::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        actions.undoRedo().install(getEditorSite().getActionBars());
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), actions.delete());
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), actions.copy());
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.CUT.getId(), actions.cut());
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.PASTE.getId(), actions.paste());
        viewer.addSelectionChangedListener(event -> actions.selectionChanged(selection()));
        ModelTreeDragAndDrop.install(viewer, domain);
        judge();
    }

    /** After a save the file is of the current version: the note on its migration goes. */
    private void saved() {
        firePropertyChange(PROP_DIRTY);
        EditorNote.removeWhenSaved(migrationLabel, migrationNote());
    }

    private void commandStackChanged(EventObject event) {
        Display.getDefault().asyncExec(() -> {
            if (viewer == null || viewer.getControl().isDisposed()) {
                return;
            }
            firePropertyChange(PROP_DIRTY);
            viewer.refresh();
            Command last = commandStack.getMostRecentCommand();
            Collection<?> affected = last == null ? List.of() : last.getAffectedObjects();
            if (!affected.isEmpty()) {
                viewer.setSelection(new StructuredSelection(affected.toArray()), true);
            }
            actions.update();
            judge(); // before the properties: their Bevindingen tab shows the new findings
            propertySheet.refresh();
        });
    }

    /**
     * Runs the rule engine with the project's profile over the model as it now is; with the default
     * rules when the profile cannot be read (Bevindingen says so).
     */
    private void judge() {
        document.judge();
        BondgenootUi.session().show(file, model, document.findings(), document.profileProblem());
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (loadError != null || model == null) {
            return;
        }
        try {
            document.save(); // with the network map's notation when a map of the file is open
        } catch (IOException e) {
            if (SaveRefusal.handle(getSite().getPage(), document, e)) {
                return; // changed on disk or read-only: reload, save as or go on editing
            }
            MessageDialog.openError(getSite().getShell(), Messages.modelEditor_saveFailedTitle,
                    NLS.bind(Messages.modelEditor_saveFailed, file, e.getMessage()));
        }
    }

    @Override
    public void doSaveAs() {
        // not offered: a model is saved where it lives (isSaveAsAllowed is false)
    }

    @Override
    public boolean isDirty() {
        return document.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        if (viewer != null) {
            viewer.getControl().setFocus();
            BondgenootUi.session().show(file, model, document.findings(), document.profileProblem());
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class && loadError == null) {
            return adapter.cast(propertySheet.page());
        }
        if (adapter == ModelDocument.class) {
            return adapter.cast(document);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        commandStack.removeCommandStackListener(commandListener);
        document.removeSaveListener(saveListener);
        if (loading) {
            document.loadingFinished(null, null); // the load was cancelled with the editor
        }
        boolean closed = document.release();
        if (closed && model != null && BondgenootUi.session().model() == model) {
            BondgenootUi.session().close(); // the views no longer show a model that is not open
        }
        super.dispose();
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** Selects the element in the tree: the element itself, or the element of this model with its id. */
    public void reveal(EObject element) {
        if (model == null) {
            return;
        }
        EObject shown = element;
        if (element != null && element.eResource() != model.eResource() && element instanceof Element other && other.getId() != null) {
            shown = model.eResource().getEObject(other.getId());
        }
        if (shown != null && viewer != null) {
            viewer.setSelection(new StructuredSelection(shown), true);
        }
    }

    /** The properties of an element as the Eigenschappen view shows and edits them. */
    public IPropertySource propertiesOf(Object element) {
        return new ItemPropertySourceProvider(adapterFactory).getPropertySource(element);
    }

    /** The tabs of Eigenschappen for this editor are declared for this id in plugin.xml. */
    @Override
    public String getContributorId() {
        return ID;
    }

    @Override
    public List<Finding> findingsOn(Object element) {
        return document.findings().stream().filter(f -> f.element() == element).toList();
    }


    /** What dropping the elements on the target in the tree does (the drop handler's command). */
    public Command dropCommand(Object target, List<?> dragged) {
        return ModelTreeDragAndDrop.command(domain, target, 0.5f, org.eclipse.swt.dnd.DND.DROP_MOVE, dragged);
    }

    /** The model being edited, or null when the file could not be read. */
    public Governancemodel model() {
        return model;
    }

    public Resource resource() {
        return model == null ? null : model.eResource();
    }

    /** The rule engine's findings for the model as it now is. */
    public List<Finding> findings() {
        return document.findings();
    }

    /**
     * What the reader left out of the file (an external entity), one "file:line: WAARSCHUWING ..." line
     * each as `bondgenoot validate` prints them; empty when it read everything.
     */
    public String readerNotes() {
        if (model == null || model.eResource() == null) {
            return "";
        }
        return model.eResource().getWarnings().stream()
                .map(w -> file + ":" + w.getLine() + ": WAARSCHUWING [XML] " + w.getMessage())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** The note above the tree on the file's migration from an older model version; empty when there is none. */
    public String migrationNote() {
        return document.migrationNote();
    }

    /** What the error page says, or null when the model was read. */
    public String errorText() {
        return loadError == null ? null : NLS.bind(Messages.modelEditor_unreadable, loadError.toUserMessage());
    }

    public TreeViewer viewer() {
        return viewer;
    }

    IStructuredSelection selection() {
        return viewer == null ? StructuredSelection.EMPTY : viewer.getStructuredSelection();
    }
}
