package nl.bondgenoot.ui.tests;

import static nl.bondgenoot.ui.tests.UiTestSupport.page;
import static nl.bondgenoot.ui.tests.UiTestSupport.settle;
import static nl.bondgenoot.ui.tests.UiTestSupport.texts;
import static nl.bondgenoot.ui.tests.UiTestSupport.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.analysis.maten.Actorcijfers;
import nl.bondgenoot.analysis.ui.NetwerkanalyseView;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkvorm;
import nl.bondgenoot.ui.editor.FileEditors;
import nl.bondgenoot.ui.editor.ModelEditor;

/**
 * The Netwerkanalyse view on an example: opened from the menu's command for the open model, a netwerk
 * chosen, a column sorted by a click on its header, a row selected (the actor is selected in the model
 * editor), the advice with its inputs' provenance, and the view following an edit of the model.
 */
class NetwerkanalyseWorkbenchTest {

    private static final String SHOW = "nl.bondgenoot.analysis.ui.show";
    private static final Path EXAMPLE = Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "netwerken",
            "sleutelteam-berflo-es.bondgenoot").toAbsolutePath().normalize();
    private static final String NETWERK = "Sleutelteam Berflo Es (project Goed Geregeld)";

    @TempDir
    Path tmp;

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        IViewPart view = page().findView(NetwerkanalyseView.ID);
        if (view != null) {
            page().hideView(view);
        }
        settle(200);
    }

    private NetwerkanalyseView show() throws Exception {
        window().getService(IHandlerService.class).executeCommand(SHOW, null);
        settle(300);
        return assertInstanceOf(NetwerkanalyseView.class, page().findView(NetwerkanalyseView.ID));
    }

    private static int column(Table table, String title) {
        List<String> titles = texts(table.getColumns());
        int index = titles.indexOf(title);
        assertTrue(index >= 0, title + " not among " + titles);
        return index;
    }

    private static void click(TableColumn header) {
        header.notifyListeners(SWT.Selection, new Event());
        settle(100);
    }

    private static List<Double> figures(Table table, int column) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            values.add(Double.parseDouble(table.getItem(i).getText(column).replace(',', '.')));
        }
        return values;
    }

    @Test
    void theViewAnalysesTheOpenModelSortsSelectsAndFollowsEdits() throws Exception {
        Path file = Files.copy(EXAMPLE, tmp.resolve("berflo-es.bondgenoot"));
        ModelEditor editor = assertInstanceOf(ModelEditor.class, FileEditors.open(page(), file));
        settle(300);
        NetwerkanalyseView view = show();

        // The whole model first: every actor of the model is a row.
        assertNull(view.analyse().graaf().projectie().netwerk());
        Table table = view.actorViewer().getTable();
        assertEquals(editor.model().getActoren().size(), table.getItemCount());
        assertTrue(view.summaryText().startsWith(editor.model().getActoren().size() + " actoren,"), view.summaryText());
        assertTrue(view.advice().text().contains("geldt per netwerk"), view.advice().text());
        assertEquals(Set.of("hierarchisch", "financieel", "markt", "samenwerking", "invloed"), view.checkedFamilies());

        Netwerk netwerk = editor.model().getNetwerken().stream().filter(n -> NETWERK.equals(n.getNaam())).findFirst()
                .orElseThrow();
        view.choose(netwerk);
        assertSame(netwerk, view.analyse().graaf().projectie().netwerk());
        assertEquals(view.analyse().perActor().size(), table.getItemCount());
        assertEquals(List.of("Actor", "Categorie", "In", "Uit", "Graad", "Betweenness", "Harmonisch", "Eigenvector",
                "Snijpunt", "Makelaar"), texts(table.getColumns()));
        // Six members have no tie, so the classic closeness is 0 for everyone; the harmonic one is not.
        assertTrue(figures(table, column(table, "Harmonisch")).stream().anyMatch(v -> v > 0),
                "the harmonic closeness tells the members apart: " + figures(table, column(table, "Harmonisch")));

        // Sorting: the first click on a figure puts the highest first, the second the lowest.
        int betweenness = column(table, "Betweenness");
        click(table.getColumn(betweenness));
        List<Double> down = figures(table, betweenness);
        assertTrue(down.get(0) > 0, "someone lies between others: " + down);
        for (int i = 1; i < down.size(); i++) {
            assertTrue(down.get(i - 1) >= down.get(i), "highest first: " + down);
        }
        assertSame(table.getColumn(betweenness), table.getSortColumn());
        assertEquals(SWT.DOWN, table.getSortDirection());
        String mostBetween = table.getItem(0).getText(0);
        assertEquals("Gemeente Hengelo", mostBetween, "the one cut vertex of the sleutelteam: every tie runs through it");
        click(table.getColumn(betweenness));
        List<Double> up = figures(table, betweenness);
        for (int i = 1; i < up.size(); i++) {
            assertTrue(up.get(i - 1) <= up.get(i), "lowest first: " + up);
        }

        // Selecting a row (as a click does) selects its actor in the model editor's tree.
        click(table.getColumn(betweenness));
        table.setSelection(0);
        Event selection = new Event();
        selection.item = table.getItem(0);
        table.notifyListeners(SWT.Selection, selection);
        settle(200);
        Actor actor = ((Actorcijfers) table.getItem(0).getData()).actor();
        assertEquals(mostBetween, actor.getNaam());
        assertSame(actor, editor.viewer().getStructuredSelection().getFirstElement());

        // The advice: the fitting forms, every input with where it came from, the verdict per form.
        assertNotNull(view.advice().shown());
        String details = view.advice().details();
        for (var invoer : view.advice().shown().invoer()) {
            assertTrue(details.contains(invoer.kenmerk().label() + ": " + invoer.waarde() + " \u2014 " + invoer.herkomst()), details);
        }
        assertTrue(details.contains("aantal deelnemers: 11 \u2014 leden van '" + NETWERK + "'"), details);
        assertTrue(details.contains("gedeeld: past niet \u2014 11 organisaties (past: 3-8)"), details);
        String advice = view.advice().text();
        assertTrue(advice.startsWith("Bestuursvorm van '" + NETWERK + "' (Provan & Kenis 2008"), advice);

        assertTrue(advice.contains("Past: leidende organisatie, NAO (1 van de 4 voorwaarden bekend)."), advice);
        assertTrue(advice.contains("Gemodelleerd: geen vorm"), advice);

        // An edit of the model (the form gedeeld, for eleven organisations) reaches the view: the advice says
        // why the modelled form does not fit, and the chosen netwerk stays chosen.
        EditingDomain domain = editor.getEditingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, netwerk, BondgenootPackage.Literals.NETWERK__VORM,
                Netwerkvorm.GEDEELD));
        settle(300);
        assertSame(netwerk, view.analyse().graaf().projectie().netwerk());
        assertEquals(Netwerkvorm.GEDEELD, view.advice().shown().gemodelleerd());
        assertTrue(view.advice().text().contains("Gemodelleerd: gedeeld, wijkt af: 11 organisaties (past: 3-8)."),
                view.advice().text());

        // The screenshot: sorted on betweenness, the window as wide as the screen, the view maximised as a
        // double-click on its tab does.
        click(table.getColumn(betweenness));
        org.eclipse.swt.widgets.Shell shell = window().getShell();
        org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
        org.eclipse.swt.graphics.Rectangle screen = shell.getDisplay().getBounds();
        shell.setBounds(screen.x, screen.y, Math.max(screen.width, 1280), Math.min(screen.height, 900));
        IWorkbenchPage page = page();
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        settle(400);
        Path shot = UiTestSupport.screenshot(window().getShell(), "netwerkanalyse.png");
        assertTrue(Files.size(shot) > 10_000, "screenshot too small to show anything: " + shot);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        shell.setBounds(bounds);
        settle(200);

        // Only the samenwerking ties: fewer or equal ties than all families.
        int allTies = view.analyse().banden();
        view.chooseFamilies(Set.of("samenwerking"));
        assertTrue(view.analyse().banden() <= allTies);
        assertEquals(Set.of("samenwerking"), view.analyse().graaf().projectie().families());
    }

}
