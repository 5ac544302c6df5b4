package nl.bondgenoot.diagram.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
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

import nl.bondgenoot.agenda.ui.FileInputs;
import nl.bondgenoot.diagram.notation.MapViews;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.diagram.notation.NotationFile;
import nl.bondgenoot.diagram.server.DiagramServer;
import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.editor.EditorNote;
import nl.bondgenoot.ui.editor.ErrorPage;
import nl.bondgenoot.ui.editor.ModelDocument;
import nl.bondgenoot.ui.editor.ModelDocumentEditor;
import nl.bondgenoot.ui.editor.ModelEditor;
import nl.bondgenoot.ui.pages.EmbeddedBrowser;
import nl.bondgenoot.ui.pages.PageCall;
import nl.bondgenoot.ui.views.ModelExplorerView;

/**
 * The network map of a model in the workbench: the GLSP map in an SWT Browser, served by a diagram
 * server of this editor on 127.0.0.1 with a token of its own. The map edits the same model as the
 * model editor (one command stack: undo/redo, dirty mark and live sync across tree, Eigenschappen and
 * map) and one save writes the model and the map's notation, from whichever editor it is asked.
 * What is selected on the map is shown in Eigenschappen; what is selected in the tree is selected
 * on the map.
 */
public class NetwerkkaartEditor extends ModelDocumentEditor {

    public static final String ID = "nl.bondgenoot.diagram.ui.editor";

    private final ISelectionListener otherSelection = this::selectedElsewhere;
    private Path modelFile;
    private ModelDocument document;
    private WorkbenchModelHost host;
    private DiagramServer server;
    private Browser browser;
    private MapSelection mapSelection;
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
        view = NetwerkkaartEditors.takeFirstView();
        openDocument(site, modelFile, new Problems(NLS.bind(Messages.editor_noModel, modelFile, file),
                NLS.bind(Messages.editor_stillLoading, modelFile.getFileName()), Messages.editor_unreadable));
        document = document();
    }

    @Override
    public void createPartControl(Composite parent) {
        if (problem() != null) {
            ErrorPage.create(parent, problem());
            return;
        }
        Composite area = withMigrationNote(parent);
        browser = EmbeddedBrowser.create(area, "de netwerkkaart").orElse(null);
        if (browser == null) {
            ErrorPage.create(parent, NLS.bind(Messages.editor_noBrowser, EmbeddedBrowser.PACKAGE, modelFile));
            return;
        }
        EditorNote.fill(browser);
        browser.setMenu(new Menu(browser)); // no browser menu: "Reload" would start a second map session
        host = new WorkbenchModelHost(document, parent.getDisplay());
        server = new DiagramServer(modelFile, host).inWorkbench();
        if (!WorkbenchServers.start(server, parent, browser, modelFile, getClass())) {
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
        selectionProvider().attach(mapSelection);
        mapSelection.addSelectionChangedListener(event -> revealInModelverkenner(event.getStructuredSelection()));
        getSite().getPage().addPostSelectionListener(otherSelection);
        installUndoRedo();
        load();
        judge();
    }

    @Override
    protected boolean isShowing() {
        return browser != null && !browser.isDisposed();
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

    /** The map redraws itself from the command stack (GovernanceModelStorage listens to it); the views follow. */
    @Override
    protected void modelChanged() {
        // nothing of its own to update: the page is told by the diagram server
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
    public void setFocus() {
        if (browser != null && !browser.isDisposed()) {
            browser.setFocus();
            showInViews();
        }
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(otherSelection);
        if (host != null) {
            host.detach();
        }
        if (server != null) {
            WorkbenchServers.stopAside(server, "netwerkkaart-stop");
        }
        super.dispose();
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

    public Browser browser() {
        return browser;
    }
}
