package nl.bondgenoot.diagram.ui;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;

import nl.bondgenoot.agenda.ui.FileInputs;
import nl.bondgenoot.diagram.notation.MapViews;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.diagram.notation.NotationFile;
import nl.bondgenoot.diagram.server.DiagramServer;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.editor.ErrorPage;
import nl.bondgenoot.ui.editor.ModelDocument;
import nl.bondgenoot.ui.editor.SaveRefusal;
import nl.bondgenoot.ui.editor.ModelEditor;
import nl.bondgenoot.ui.editor.ModelSelectionProvider;
import nl.bondgenoot.ui.editor.UndoRedoActions;
import nl.bondgenoot.ui.pages.EmbeddedBrowser;
import nl.bondgenoot.ui.pages.PageCall;
import nl.bondgenoot.ui.properties.ElementFindings;
import nl.bondgenoot.ui.properties.ModelPropertySheet;
import nl.bondgenoot.ui.views.ModelExplorerView;

/**
 * The network map of a model in the workbench: the GLSP map in an SWT Browser, served by a diagram
 * server of this editor on 127.0.0.1 with a token of its own. The map edits the same model as the
 * model editor (one command stack: undo/redo, dirty mark and live sync across tree, Eigenschappen and
 * map) and one save writes the model and the map's notation, from whichever editor it is asked.
 * What is selected on the map is shown in Eigenschappen; what is selected in the tree is selected
 * on the map.
 */
public class NetwerkkaartEditor extends EditorPart
        implements IEditingDomainProvider, ITabbedPropertySheetPageContributor, ElementFindings {

    public static final String ID = "nl.bondgenoot.diagram.ui.editor";

    private final CommandStackListener commandListener = this::commandStackChanged;
    private final Runnable saveListener = () -> firePropertyChange(PROP_DIRTY);
    private final ISelectionListener otherSelection = this::selectedElsewhere;
    private Path modelFile;
    private ModelDocument document;
    private String problem;
    private WorkbenchModelHost host;
    private DiagramServer server;
    private Browser browser;
    private MapSelection mapSelection;
    private UndoRedoActions undoRedo;
    private final ModelPropertySheet propertySheet = new ModelPropertySheet(this);
    private ModelSelectionProvider selectionProvider;
    /** The view shown, by name; null for the model's default view. */
    private String view;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInputWithNotify(input);
        Path file = FileInputs.requireFile(input);
        modelFile = NotationFile.modelOf(file);
        setPartName(NotationFile.besides(modelFile).getFileName().toString());
        setTitleToolTip(modelFile.toString());
        if (!Files.isRegularFile(modelFile)) {
            problem = NLS.bind(Messages.editor_noModel, modelFile, file);
            return;
        }
        document = ModelDocument.acquire(modelFile);
        if (document.isLoading()) {
            problem = NLS.bind(Messages.editor_stillLoading, modelFile.getFileName());
            return;
        }
        document.load();
        if (document.loadError() != null) {
            problem = NLS.bind(Messages.editor_unreadable, document.loadError().toUserMessage());
            return;
        }
        document.commandStack().addCommandStackListener(commandListener);
        document.addSaveListener(saveListener);
        selectionProvider = new ModelSelectionProvider(document::model);
        site.setSelectionProvider(selectionProvider);
    }

    @Override
    public void createPartControl(Composite parent) {
        if (problem != null) {
            ErrorPage.create(parent, problem);
            return;
        }
        browser = EmbeddedBrowser.create(parent, "de netwerkkaart").orElse(null);
        if (browser == null) {
            ErrorPage.create(parent, NLS.bind(Messages.editor_noBrowser, EmbeddedBrowser.PACKAGE, modelFile));
            return;
        }
        browser.setMenu(new Menu(browser)); // no browser menu: "Reload" would start a second map session
        host = new WorkbenchModelHost(document, parent.getDisplay());
        server = new DiagramServer(modelFile, host).inWorkbench();
        try {
            server.start();
        } catch (Exception e) {
            Platform.getLog(getClass()).error("De diagramserver kon niet starten", e);
            browser.dispose();
            ErrorPage.create(parent, NLS.bind(Messages.editor_serverFailed, modelFile.getFileName(), e.getMessage()));
            return;
        }
        mapSelection = new MapSelection(document.model(), this::selectOnMap);
        new BrowserFunction(browser, "bondgenootSelectie") {
            @Override
            public Object function(Object[] arguments) {
                if (arguments.length == 1 && arguments[0] instanceof String ids) {
                    mapSelection.selectedOnMap(ids);
                }
                return null;
            }
        };
        selectionProvider.attach(mapSelection);
        mapSelection.addSelectionChangedListener(event -> revealInModelverkenner(event.getStructuredSelection()));
        getSite().getPage().addPostSelectionListener(otherSelection);
        undoRedo = new UndoRedoActions(document.commandStack());
        undoRedo.install(getEditorSite().getActionBars());
        load();
        judge();
    }

    /** Opens the page of the shown view (a new map session; the model, its undo history and every view's layout stay). */
    private void load() {
        String address = server.url() + "?bestand=" + URLEncoder.encode(modelFile.getFileName().toString(), StandardCharsets.UTF_8);
        browser.setUrl(view == null ? address : address + "&" + server.url(view).getRawQuery());
        String title = NotationFile.besides(modelFile).getFileName().toString();
        setPartName(view == null ? title : title + " – " + view);
    }

    /**
     * Shows another view of the model in this editor (one map editor per model, as the Projectverkenner
     * and the menu find it); null for the default view.
     */
    public void showView(String name) {
        String wanted = name == null || views() != null && views().standard().name().equalsIgnoreCase(name) ? null : name;
        if (java.util.Objects.equals(wanted, view)) {
            return;
        }
        view = wanted;
        if (browser != null && !browser.isDisposed() && server != null) {
            load();
        }
    }

    /** The name of the view shown (the default view's name before the page has loaded). */
    public String viewName() {
        Notation shown = notation();
        return shown != null ? shown.name() : view == null ? Notation.DEFAULT_NAME : view;
    }

    /** The views of the model as this map holds them (unsaved changes included), or null before the page has loaded. */
    public MapViews views() {
        return host == null ? null : host.views();
    }

    /** A view was renamed or removed (newName null) by the Projectverkenner: the editor follows; a removed view gives way to the default one. */
    void viewChanged(String oldName, String newName) {
        if (view != null && view.equalsIgnoreCase(oldName)) {
            view = newName;
            if (browser != null && !browser.isDisposed() && server != null) {
                load();
            }
        }
    }

    /** The map, another editor or Eigenschappen changed the model (UI thread: the host runs every change there). */
    private void commandStackChanged(EventObject event) {
        getSite().getShell().getDisplay().asyncExec(() -> {
            if (browser == null || browser.isDisposed()) {
                return;
            }
            firePropertyChange(PROP_DIRTY);
            undoRedo.update();
            judge();
            propertySheet.refresh();
        });
    }

    /** The rules judge the model once more; Bevindingen and the Eigenschappen tab follow (the map has its own markers). */
    private void judge() {
        document.judge();
        showInViews();
    }

    private void showInViews() {
        BondgenootUi.session().show(modelFile, document.model(), document.findings(), document.profileProblem());
    }

    /** Selected in the model editor of the same model (or the Modelverkenner): select it on the map too. */
    private void selectedElsewhere(IWorkbenchPart part, ISelection selection) {
        if (part != this && mapSelection != null && selection instanceof IStructuredSelection
                && (!(part instanceof ModelEditor editor) || editor.model() == document.model())) {
            mapSelection.setSelection(selection);
        }
    }

    /** What is selected on the map is selected in the Modelverkenner too, when it shows this model. */
    private void revealInModelverkenner(IStructuredSelection selection) {
        if (getSite().getPage().findView(ModelExplorerView.ID) instanceof ModelExplorerView explorer
                && BondgenootUi.session().model() == document.model() && selection.getFirstElement() instanceof EObject element) {
            explorer.reveal(element);
        }
    }

    private void selectOnMap(List<String> ids) {
        if (browser != null && !browser.isDisposed() && !ids.isEmpty()) {
            browser.execute(PageCall.of("bondgenootSelecteer", ids));
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (document == null || problem != null) {
            return;
        }
        try {
            document.save(); // the model with the notation of this map (and of any other open editor), as one unit
        } catch (IOException e) {
            if (!SaveRefusal.handle(getSite().getPage(), document, e)) {
                MessageDialog.openError(getSite().getShell(), Messages.editor_saveFailedTitle,
                        NLS.bind(Messages.editor_saveFailed, modelFile, e.getMessage()));
            }
        } catch (RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), Messages.editor_saveFailedTitle,
                    NLS.bind(Messages.editor_saveFailed, modelFile, e.getMessage()));
        }
    }

    @Override
    public void doSaveAs() {
        // not offered: the map is saved with its model, where it lives
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
    public void setFocus() {
        if (browser != null && !browser.isDisposed()) {
            browser.setFocus();
            showInViews();
        }
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

    /** The same tabs of Eigenschappen as the model editor's (declared for its id in nl.bondgenoot.ui). */
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

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(otherSelection);
        if (host != null) {
            host.detach();
        }
        if (server != null) {
            // Not on the UI thread: stopping waits for GLSP, which may be waiting for the UI thread.
            Thread stopping = new Thread(server::shutdown, "netwerkkaart-stop");
            stopping.setDaemon(true); // never keeps the workbench from exiting
            stopping.start();
        }
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

    /** The model the map shows (null when it could not be read). */
    public Governancemodel model() {
        return document == null ? null : document.model();
    }

    /** The view the map now shows, unsaved changes included (null before the page has loaded). */
    public Notation notation() {
        MapViews views = views();
        return views == null ? null : views.findOrStandard(view).orElse(views.standard());
    }

    /** The address the page was opened on (token included), or null when the map is not shown. */
    public String url() {
        return server == null ? null : server.url().toString();
    }

    /** What the editor shows instead of the map, or null. */
    public String problem() {
        return problem;
    }

    public Browser browser() {
        return browser;
    }

    public Path modelFile() {
        return modelFile;
    }
}
