package nl.bondgenoot.ui.tests;

import static nl.bondgenoot.ui.tests.UiTestSupport.await;
import static nl.bondgenoot.ui.tests.UiTestSupport.evaluate;
import static nl.bondgenoot.ui.tests.UiTestSupport.page;
import static nl.bondgenoot.ui.tests.UiTestSupport.settle;
import static nl.bondgenoot.ui.tests.UiTestSupport.window;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.diagram.notation.NotationFile;
import nl.bondgenoot.diagram.ui.ExportNetwerkkaartHandler;
import nl.bondgenoot.diagram.ui.NetwerkkaartEditor;
import nl.bondgenoot.diagram.ui.NetwerkkaartEditors;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.ui.editor.ModelEditor;
import nl.bondgenoot.ui.editor.ModelEditors;
import nl.bondgenoot.ui.properties.EigenschappenView;
import nl.bondgenoot.ui.properties.ItemPropertySourceProvider;
import nl.bondgenoot.ui.properties.PropertyTableSection;

/**
 * The network map in the workbench, through the real editor: the GLSP page in WebKit on the editor's
 * own server, the same model as the model editor (one command stack), a click on the map shows the
 * actor in Eigenschappen, an edit there is redrawn on the map, a delete on the map leaves the tree,
 * the workbench's undo brings it back, and a save writes the model and the notation.
 */
class NetwerkkaartEditorTest {

    private static final String OPEN = "nl.bondgenoot.diagram.ui.open";

    @TempDir
    Path project;
    private Path model;

    @BeforeEach
    void copyExample() throws Exception {
        model = project.resolve("kamperpoort.bondgenoot");
        Files.copy(Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "netwerken", "ok-team-kamperpoort.bondgenoot"), model);
    }

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        settle(200);
    }

    @Test
    void theMapEditsTheModelEditorsModelAndOneSaveWritesModelAndNotation() throws Exception {
        ModelEditor tree = ModelEditors.open(page(), model);
        command(OPEN); // Bestand > Netwerkkaart openen, with the model editor active
        NetwerkkaartEditor map = assertInstanceOf(NetwerkkaartEditor.class, page().getActiveEditor());
        assertEquals("kamperpoort.netwerkkaart", map.getPartName());
        assertNull(map.problem());
        assertSame(tree.model(), map.model(), "one model for both editors");
        assertSame(tree.getEditingDomain(), map.getEditingDomain(), "one editing domain, one command stack");
        assertTrue(map.url().matches("http://127\\.0\\.0\\.1:\\d+/[A-Za-z0-9_-]{32}/"), "the token in the path: " + map.url());
        page().showView(nl.bondgenoot.ui.views.ModelExplorerView.ID); // for the picture: this model's views in front
        page().showView(nl.bondgenoot.ui.views.FindingsView.ID);
        page().activate(map);
        Browser browser = map.browser();
        awaitDrawn(browser, "Travers");
        assertEquals("7", evaluate(browser, "return String(document.querySelectorAll('#netwerkkaart g.actor').length);"));

        // A click on an actor on the map: Eigenschappen shows that actor.
        Actor travers = actor(map, "Travers");
        click(browser, travers.getId());
        await(() -> selected(map) == travers, () -> "the map's selection did not reach the workbench: " + map.getSite()
                .getSelectionProvider().getSelection());
        assertSame(travers, UiTestSupport.explorer().getViewer().getStructuredSelection().getFirstElement(),
                "the Modelverkenner selects what is selected on the map");
        EigenschappenView view = (EigenschappenView) page().showView(EigenschappenView.ID);
        page().activate(map);
        settle(300);
        TabbedPropertySheetPage tabs = (TabbedPropertySheetPage) view.getCurrentPage();
        Tree sheet = (Tree) Arrays.stream(tabs.getCurrentTab().getSections()).filter(PropertyTableSection.class::isInstance)
                .map(PropertyTableSection.class::cast).findFirst().orElseThrow().sheetControl();
        assertTrue(Arrays.stream(sheet.getItems()).anyMatch(i -> i.getText(0).equals("Naam") && i.getText(1).equals("Travers")),
                "Eigenschappen shows the actor clicked on the map");

        // An edit in Eigenschappen (the same command stack) is drawn on the map.
        IPropertySource properties = new ItemPropertySourceProvider(((org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain) map
                .getEditingDomain()).getAdapterFactory()).getPropertySource(travers);
        properties.setPropertyValue(propertyId(properties, "Naam"), "Travers Welzijn");
        awaitDrawn(browser, "Travers Welzijn");
        assertTrue(map.isDirty() && tree.isDirty(), "both editors of the model are dirty");
        UiTestSupport.screenshot(window().getShell(), "netwerkkaart-werkbank.png");

        // Export as it is now (the rename not yet saved): SVG and PNG, the same picture as `bondgenoot export`.
        Path svg = project.resolve("kaart.svg");
        Path png = project.resolve("kaart.png");
        assertTrue(ExportNetwerkkaartHandler.export(map, svg, window().getShell()));
        assertTrue(ExportNetwerkkaartHandler.export(map, png, window().getShell()));
        String picture = Files.readString(svg);
        assertTrue(picture.startsWith("<?xml") && picture.contains("Travers Welzijn") && picture.contains("Gemeente Zwolle"),
                "the SVG shows the map with the unsaved rename");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertNotNull(image, "the PNG can be read");
        assertTrue(image.getWidth() > 400 && image.getHeight() > 200, image.getWidth() + "x" + image.getHeight());
        assertTrue(map.isDirty(), "exporting saves nothing");

        // Delete on the map: the actor leaves the model editor's tree; the workbench's undo brings it back.
        Actor politie = actor(map, "Politie (wijkagent)");
        click(browser, politie.getId());
        pressDelete(browser);
        await(() -> !map.model().getActoren().contains(politie), () -> "the delete on the map did not reach the model");
        await(() -> !drawn(browser, politie.getId()), () -> "the deleted actor is still drawn");
        page().activate(map);
        command("org.eclipse.ui.edit.undo");
        await(() -> drawn(browser, politie.getId()), () -> "undo in the workbench did not redraw the actor on the map");
        assertTrue(map.model().getActoren().contains(politie));

        // Selected in the tree: selected on the map (seen when the map is shown again; both are editors).
        page().activate(tree);
        tree.viewer().setSelection(new StructuredSelection(politie), true);
        settle(300);
        page().activate(map);
        await(() -> "true".equals(evaluate(browser, "return String(!!document.querySelector('[id$=\"" + politie.getId()
                + "\"].selected'));")), () -> "the tree's selection is not selected on the map");

        // Ctrl+Z pressed on the map (real X events: a click on the map, then the keys): one step back, not
        // one by the page and a second by the workbench's key binding.
        click(browser, politie.getId());
        pressDelete(browser);
        await(() -> !map.model().getActoren().contains(politie), () -> "the second delete did not reach the model");
        page().activate(map);
        realClickOnEmptyMap(browser);
        realKey(browser, SWT.CTRL, 'z');
        await(() -> map.model().getActoren().contains(politie), () -> "Ctrl+Z on the map did not undo the delete");
        settle(1000);
        assertEquals("Travers Welzijn", travers.getNaam(), "one undo only: the rename before the delete stays");
        assertTrue(drawn(browser, politie.getId()));

        // One save, Ctrl+S typed on the map: the model with the new name, the notation beside it; neither editor dirty.
        realKey(browser, SWT.CTRL, 's');
        await(() -> !map.isDirty() && !tree.isDirty(), () -> "Ctrl+S on the map left an editor of the model dirty");
        assertTrue(Files.readString(model).contains("naam=\"Travers Welzijn\""), "the model file has the new name");
        Path notation = NotationFile.besides(model);
        assertTrue(Files.readString(notation).contains(travers.getId()), "the notation file has the actor's place");
    }

    @Test
    void aMapFileOpensInTheMapEditorAndAMissingModelIsSaidNotGuessed() throws Exception {
        Path notation = NotationFile.besides(model);
        NetwerkkaartEditor map = NetwerkkaartEditors.open(page(), model);
        awaitDrawn(map.browser(), "Travers");
        map.doSave(null);
        assertTrue(Files.isRegularFile(notation));
        page().closeAllEditors(false);

        // Double-clicking the .netwerkkaart file in the Projectverkenner opens the same editor.
        NetwerkkaartEditor again = assertInstanceOf(NetwerkkaartEditor.class,
                nl.bondgenoot.ui.editor.FileEditors.open(page(), notation));
        awaitDrawn(again.browser(), "Travers");
        page().closeAllEditors(false);

        Path orphan = project.resolve("weg.netwerkkaart");
        Files.copy(notation, orphan);
        byte[] before = Files.readAllBytes(orphan);
        NetwerkkaartEditor lost = assertInstanceOf(NetwerkkaartEditor.class, nl.bondgenoot.ui.editor.FileEditors.open(page(), orphan));
        assertNotNull(lost.problem());
        assertTrue(lost.problem().contains("weg.bondgenoot") && lost.problem().contains("bestaat niet"), lost.problem());
        assertFalse(lost.isDirty());
        assertEquals(new String(before), Files.readString(orphan), "the orphaned layout is left as it was");
    }

    @Test
    void aModelOfVersion10IsDrawnWithTheNoteAboveTheMapAndOneSaveWritesItInTheCurrentVersion() throws Exception {
        Path old = Files.copy(Path.of(System.getProperty("bondgenoot.root", "../.."),
                "bundles/nl.bondgenoot.model.tests/data/versie-1.0/netwerken/ok-team-kamperpoort.bondgenoot"),
                project.resolve("oud.bondgenoot"));
        byte[] before = Files.readAllBytes(old);
        NetwerkkaartEditor map = NetwerkkaartEditors.open(page(), old);
        awaitDrawn(map.browser(), "Travers");
        assertTrue(map.migrationNote().startsWith("oud.bondgenoot is geschreven in modelversie 1.0"), map.migrationNote());
        org.eclipse.swt.widgets.Composite area = map.browser().getParent();
        assertTrue(java.util.Arrays.stream(area.getChildren()).anyMatch(c -> c instanceof org.eclipse.swt.widgets.Label l
                && l.isVisible() && l.getText().equals(map.migrationNote())), "the note is shown above the map");
        assertTrue(map.browser().getSize().y > 200, "the map keeps the room under the note: " + map.browser().getSize());
        assertTrue(map.isDirty(), "Opslaan is offered without an edit");
        assertArrayEquals(before, Files.readAllBytes(old), "opening does not write the file");

        map.doSave(null);
        settle(300);
        assertTrue(Files.readString(old).contains("\"" + nl.bondgenoot.model.BondgenootPackage.eNS_URI + "\""));
        assertFalse(map.isDirty());
        assertFalse(java.util.Arrays.stream(area.getChildren()).anyMatch(c -> c instanceof org.eclipse.swt.widgets.Label l
                && !l.isDisposed() && l.getText().contains("modelversie")), "the note went with the save");
    }

    /**
     * Ids are data from the model file, which anyone may have written: selecting elements whose ids end
     * in a backslash or look like script must select them on the map and run nothing.
     */
    @Test
    void idsThatLookLikeScriptAreSelectedOnTheMapAsDataAndNothingRuns() throws Exception {
        String backslash = "a\\";
        String script = ",globalThis.PWNED=1])//";
        Path hostile = project.resolve("vreemde-ids.bondgenoot");
        Files.writeString(hostile, Files.readString(Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "skelet",
                "kamperpoort-kern.bondgenoot")).replace("6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1102", backslash)
                .replace("6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1103", script));
        ModelEditor tree = ModelEditors.open(page(), hostile);
        NetwerkkaartEditor map = NetwerkkaartEditors.open(page(), hostile);
        Browser browser = map.browser();
        awaitDrawn(browser, "De Kern");
        Actor travers = actor(map, "Travers");
        Actor deKern = actor(map, "De Kern");
        assertEquals(backslash, travers.getId());
        assertEquals(script, deKern.getId());

        // Selected in the model editor's tree: the workbench hands both ids to the map's page.
        page().activate(tree);
        tree.viewer().setSelection(new StructuredSelection(java.util.List.of(travers, deKern)), true);
        settle(300);
        page().activate(map);
        await(() -> "2".equals(evaluate(browser, "return String([...document.querySelectorAll('#netwerkkaart g.actor.selected')]"
                + ".filter(g => g.id.endsWith(" + jsString(backslash) + ") || g.id.endsWith(" + jsString(script) + ")).length);")),
                () -> "the two actors are not selected on the map: " + evaluate(browser,
                        "return [...document.querySelectorAll('#netwerkkaart g.selected')].map(g => g.id).join(' | ');"));
        assertEquals("undefined", evaluate(browser, "return String(globalThis.PWNED);"), "the id ran as script in the page");
    }

    private static Actor actor(NetwerkkaartEditor map, String name) {
        return map.model().getActoren().stream().filter(a -> name.equals(a.getNaam())).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + name));
    }

    @Test
    void aSoortChangedInTheMapsTablePanelIsUndoneInTheTreeAndTheMapFollows() throws Exception {
        ModelEditor tree = ModelEditors.open(page(), model);
        command(OPEN);
        NetwerkkaartEditor map = assertInstanceOf(NetwerkkaartEditor.class, page().getActiveEditor());
        Browser browser = map.browser();
        awaitDrawn(browser, "Travers");
        nl.bondgenoot.model.Sturingsrelatie regie = map.model().getSturingsrelaties().get(0);
        assertEquals(nl.bondgenoot.model.SturingsrelatieSoort.REGIE_TAAKVERDELING, regie.getSoort());

        // The page's table panel: open it, choose Sturingsrelaties, change the soort of the first relation.
        browser.execute("document.querySelector('.tabel-kop').click();");
        await(() -> "true".equals(evaluate(browser, "return String(!!document.querySelector('#tabel-keuze option[value=\"sturingsrelaties\"]'));")),
                () -> "the server named no tables: " + evaluate(browser, "return document.getElementById('tabel').innerHTML;"));
        browser.execute("const k = document.getElementById('tabel-keuze'); k.value = 'sturingsrelaties'; k.dispatchEvent(new Event('change'));");
        String cell = "document.querySelector('.tabel-rijen tr[data-id=\"" + regie.getId() + "\"] td[data-kolom=\"Soort\"] select')";
        await(() -> "true".equals(evaluate(browser, "return String(!!" + cell + ");")),
                () -> "the table panel shows no rows: " + evaluate(browser, "return document.getElementById('tabel').innerHTML;"));
        browser.execute("const s = " + cell + "; s.value = 'CONTRACT'; s.dispatchEvent(new Event('change'));");
        await(() -> regie.getSoort() == nl.bondgenoot.model.SturingsrelatieSoort.CONTRACT, () -> "the table's edit did not reach the model");
        await(() -> edgeLabel(browser, regie.getId()).startsWith("contract"), () -> "the map shows " + edgeLabel(browser, regie.getId()));
        assertTrue(tree.isDirty(), "the model editor's model changed");

        // Undo in the tree: the model, the map and the page's table go back.
        page().activate(tree);
        command("org.eclipse.ui.edit.undo");
        assertEquals(nl.bondgenoot.model.SturingsrelatieSoort.REGIE_TAAKVERDELING, regie.getSoort());
        page().activate(map); // a hidden page does not draw (WebKit pauses its animation frames): look at it again
        await(() -> edgeLabel(browser, regie.getId()).startsWith("regie"), () -> "after undo the map shows " + edgeLabel(browser, regie.getId()));
        await(() -> "REGIE_TAAKVERDELING".equals(evaluate(browser, "return " + cell + ".value;")), () -> "the table did not follow the undo");
        assertFalse(tree.isDirty(), "back to the saved state");
    }

    private static String edgeLabel(Browser browser, String id) {
        return String.valueOf(evaluate(browser, "const e = document.querySelector('#netwerkkaart g.sturingsrelatie[id$=\"" + id + "\"] text');"
                + " return e ? e.textContent : '';"));
    }

    private static Object selected(NetwerkkaartEditor map) {
        return map.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection s ? s.getFirstElement() : null;
    }

    private static void awaitDrawn(Browser browser, String name) {
        await(() -> "true".equals(evaluate(browser, "return String([...document.querySelectorAll('#netwerkkaart text.label-naam')]"
                + ".some(t => t.textContent === " + jsString(name) + "));")),
                () -> "'" + name + "' is not drawn; the page shows: " + evaluate(browser, "return document.body.innerText;"));
    }

    private static boolean drawn(Browser browser, String id) {
        return "true".equals(evaluate(browser, "return String(!!document.querySelector('#netwerkkaart [id$=\"" + id + "\"]'));"));
    }

    /** A mouse click on the middle of the drawn element, as the page's own listeners get it. */
    private static void click(Browser browser, String id) {
        browser.execute("(() => { const e = document.querySelector('#netwerkkaart g[id$=\"" + id + "\"]');"
                + " const r = e.getBoundingClientRect(); const x = r.left + r.width / 2, y = r.top + r.height / 2;"
                + " for (const type of ['mousedown', 'mouseup', 'click']) {"
                + "  e.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0, buttons: type === 'mousedown' ? 1 : 0 })); } })();");
    }

    /** A real mouse click (through the X server) on an empty spot of the map, where a user clicks before typing. */
    private static void realClickOnEmptyMap(Browser browser) {
        org.eclipse.swt.graphics.Point spot = browser.toDisplay(browser.getSize().x - 60, browser.getSize().y - 40);
        Display display = browser.getDisplay();
        post(display, SWT.MouseMove, e -> {
            e.x = spot.x;
            e.y = spot.y;
        });
        post(display, SWT.MouseDown, e -> e.button = 1);
        post(display, SWT.MouseUp, e -> e.button = 1);
        settle(300);
    }

    /** A real key press with a modifier, through the X server, to whatever has the keyboard focus. */
    private static void realKey(Browser browser, int modifier, char key) {
        Display display = browser.getDisplay();
        post(display, SWT.KeyDown, e -> e.keyCode = modifier);
        post(display, SWT.KeyDown, e -> e.character = key);
        post(display, SWT.KeyUp, e -> e.character = key);
        post(display, SWT.KeyUp, e -> e.keyCode = modifier);
        settle(300);
    }

    private static void post(Display display, int type, java.util.function.Consumer<Event> fill) {
        Event event = new Event();
        event.type = type;
        fill.accept(event);
        assertTrue(display.post(event), "the X server took the event");
        settle(30);
    }

    private static void pressDelete(Browser browser) {
        browser.execute("document.querySelector('#netwerkkaart svg').dispatchEvent(new KeyboardEvent('keydown',"
                + " { key: 'Delete', code: 'Delete', bubbles: true, cancelable: true }));");
    }

    private static String jsString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static Object propertyId(IPropertySource properties, String displayName) {
        return Arrays.stream(properties.getPropertyDescriptors()).filter(d -> displayName.equals(d.getDisplayName())).findFirst()
                .orElseThrow(() -> new AssertionError("no property " + displayName)).getId();
    }

    private static void command(String id) throws Exception {
        window().getService(IHandlerService.class).executeCommand(id, null);
        settle(300);
    }
}
