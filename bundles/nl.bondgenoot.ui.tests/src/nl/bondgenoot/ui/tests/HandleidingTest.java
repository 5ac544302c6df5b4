package nl.bondgenoot.ui.tests;

import static nl.bondgenoot.ui.tests.UiTestSupport.await;
import static nl.bondgenoot.ui.tests.UiTestSupport.evaluate;
import static nl.bondgenoot.ui.tests.UiTestSupport.page;
import static nl.bondgenoot.ui.tests.UiTestSupport.settle;
import static nl.bondgenoot.ui.tests.UiTestSupport.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.bondgenoot.help.GuideContents;
import nl.bondgenoot.help.ui.HandleidingEditor;
import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.Rules;

/**
 * Help > Handleiding through the real workbench: the guide opens in WebKit on its start page, a link
 * leads to the catalogue the engine writes, the table of contents follows, and the browser refuses
 * the internet.
 */
class HandleidingTest {

    private static final String COMMAND = "nl.bondgenoot.help.commands.open";

    @AfterEach
    void close() {
        page().closeAllEditors(false);
    }

    @Test
    void helpHandleidingShowsTheGuideAndTheEnginesCatalogueAndRefusesTheInternet() throws Exception {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertEquals("F1", bindings.getBestActiveBindingFormattedFor(COMMAND));

        choose(window().getShell().getMenuBar().getItems()[2].getMenu(), "&Handleiding\tF1");
        HandleidingEditor editor = assertInstanceOf(HandleidingEditor.class, page().getActiveEditor());
        assertEquals("Handleiding", editor.getPartName());
        Browser browser = editor.browser();
        assertNotNull(browser, "no browser: is libwebkit2gtk-4.1-0 installed?");
        awaitTitle(browser, "Start");
        assertTrue(bodyText(browser).contains("Handleiding Bondgenoot"), bodyText(browser));
        assertEquals(List.of("Start", "Aan de slag voor consultants", "Aan de slag voor adviseurs", "Het 4R-model",
                "Governancetypen en sturing", "Regelprofiel", "Regelcatalogus", "Domeinmodel", "Weergaven beschrijven",
                "Vergelijken en samenvoegen", "Twee versies op de kaart", "Netwerkanalyse", "Spreadsheets",
                "Netwerkanalyse en spreadsheets in de werkbank", "Agenda's in VS Code, Neovim en Emacs",
                "Instrumenten en beoordelingen", "Beoordelingen toetsen en rapporteren", "Beoordelen in de werkbank", "Publiceren", "Bondgenoot uitbreiden (SDK)",
                "Plug-ins bouwen en installeren", "Commando's toevoegen aan de opdrachtregel", "Bronnen"),
                Arrays.asList(editor.contents().getItems()));
        awaitContentsAt(editor, 0);

        // A link in the page, as a click would follow it.
        browser.execute("document.querySelector('a[href=\"regelcatalogus.html\"]').click();");
        awaitTitle(browser, "Regelcatalogus");
        String catalogue = bodyText(browser);
        assertTrue(catalogue.contains("4R-1") && catalogue.contains("GOV-"), catalogue);
        for (Rule<?> rule : Rules.all()) {
            assertTrue(catalogue.contains(rule.info().id() + ": " + rule.info().title()), rule.info().id());
        }
        awaitContentsAt(editor, GuideContents.PAGES.indexOf(GuideContents.CATALOGUE));
        assertTrue(Files.isRegularFile(editor.folder().resolve(GuideContents.CATALOGUE)));

        screenshot(editor);

        String here = browser.getUrl();
        browser.setUrl("http://example.org/");
        assertStaysOn(browser, editor, here, "http://example.org/");
        browser.execute("location.href = 'https://example.org/pagina';");
        assertStaysOn(browser, editor, here, "https://example.org/pagina");

        browser.back();
        awaitTitle(browser, "Start");
        editor.contents().select(GuideContents.PAGES.indexOf("4r-model.html"));
        editor.contents().notifyListeners(SWT.Selection, new Event());
        awaitTitle(browser, "Het 4R-model");
        assertTrue(bodyText(browser).contains("communicerende vaten"), bodyText(browser));

        // Opening it again (F1 a second time) shows the open guide, not a second one.
        choose(window().getShell().getMenuBar().getItems()[2].getMenu(), "&Handleiding\tF1");
        assertSame(editor, page().getActiveEditor());
        assertEquals(1, Arrays.stream(page().getEditorReferences()).filter(r -> r.getId().equals(HandleidingEditor.ID)).count());
    }

    /** For the README: the guide maximised (as a double-click on its tab does), on the catalogue. */
    private static void screenshot(HandleidingEditor editor) throws Exception {
        IWorkbenchPartReference reference = page().getReference(editor);
        page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
        settle(500);
        Path shot = UiTestSupport.screenshot(window().getShell(), "handleiding.png");
        page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
        assertTrue(Files.size(shot) > 10_000, "screenshot too small to show anything: " + shot);
    }

    /** Items of a menu exist once it is about to show; a Show event does what opening it does. */
    private static void choose(Menu menu, String text) {
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem item = Arrays.stream(menu.getItems()).filter(i -> i.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + text));
        item.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
    }

    private static void assertStaysOn(Browser browser, HandleidingEditor editor, String url, String refused) {
        await(() -> editor.status().contains(refused), () -> "no refusal for " + refused + ": '" + editor.status() + "'");
        settle(500); // had the browser not refused, it would be on its way by now
        assertEquals(url, browser.getUrl());
        assertEquals("Regelcatalogus", evaluate(browser, "return document.title;"));
    }

    /** The contents follow the page once WebKit reports the new location (which may come after the title). */
    private static void awaitContentsAt(HandleidingEditor editor, int index) {
        await(() -> editor.contents().getSelectionIndex() == index,
                () -> "the contents select " + editor.contents().getSelectionIndex() + ", not " + index);
    }

    private static void awaitTitle(Browser browser, String title) {
        await(() -> title.equals(evaluate(browser, "return document.readyState === 'complete' ? document.title : '';")),
                () -> "page '" + title + "' did not load; the browser shows " + browser.getUrl());
    }

    private static String bodyText(Browser browser) {
        return evaluate(browser, "return document.body.innerText;");
    }

}
