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

        Netwerk netwerk = editor.model().getNetwerken().stream().filter(n -> NETWERK.equals(n.getNaam())).findFirst()
                .orElseThrow();
        view.choose(netwerk);
        assertSame(netwerk, view.analyse().graaf().projectie().netwerk());
        assertEquals(view.analyse().perActor().size(), table.getItemCount());
        assertEquals(List.of("Actor", "Categorie", "In", "Uit", "Graad", "Betweenness", "Nabijheid", "Harmonisch",
                "Eigenvector", "Snijpunt", "Makelaar"), texts(table.getColumns()));

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
        assertEquals(EXPECTED_MOST_BETWEEN, mostBetween);
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

        // The advice: the fitting forms, every input with where it came from, the modelled form.
        assertNotNull(view.advice().shown());
        Table inputs = view.advice().inputsViewer().getTable();
        assertEquals(4, inputs.getItemCount());
        for (int i = 0; i < inputs.getItemCount(); i++) {
            assertFalse(inputs.getItem(i).getText(2).isBlank(), "input " + inputs.getItem(i).getText(0) + " says where it came from");
        }
        assertTrue(inputs.getItem(0).getText(2).contains(NETWERK), inputs.getItem(0).getText(2));
        assertEquals(3, view.advice().formsViewer().getTable().getItemCount());
        String advice = view.advice().text();
        assertTrue(advice.contains("Past: "), advice);

        // Page layout for the screenshot: the view maximised as a double-click on its tab does.
        IWorkbenchPage page = page();
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        settle(400);
        Path shot = UiTestSupport.screenshot(window().getShell(), "netwerkanalyse.png");
        assertTrue(Files.size(shot) > 10_000, "screenshot too small to show anything: " + shot);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        settle(200);

        // An edit of the model (another modelled form) reaches the view: the advice judges the new form.
        Netwerkvorm other = view.advice().shown().gemodelleerd() == Netwerkvorm.NAO ? Netwerkvorm.GEDEELD : Netwerkvorm.NAO;
        EditingDomain domain = editor.getEditingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, netwerk, BondgenootPackage.Literals.NETWERK__VORM, other));
        settle(300);
        assertSame(netwerk, view.analyse().graaf().projectie().netwerk(), "the chosen netwerk stays chosen");
        assertEquals(other, view.advice().shown().gemodelleerd());
        assertTrue(view.advice().text().contains("Gemodelleerd: " + nl.bondgenoot.model.labels.Labels.of(other)),
                view.advice().text());

        // Only the samenwerking ties: fewer or equal ties than all families.
        int allTies = view.analyse().banden();
        view.chooseFamilies(Set.of("samenwerking"));
        assertTrue(view.analyse().banden() <= allTies);
        assertEquals(Set.of("samenwerking"), view.analyse().graaf().projectie().families());
    }

    private static final String EXPECTED_MOST_BETWEEN = "TODO";
}
