package nl.bondgenoot.ui.tests;

import static nl.bondgenoot.ui.tests.UiTestSupport.await;
import static nl.bondgenoot.ui.tests.UiTestSupport.evaluate;
import static nl.bondgenoot.ui.tests.UiTestSupport.page;
import static nl.bondgenoot.ui.tests.UiTestSupport.settle;
import static nl.bondgenoot.ui.tests.UiTestSupport.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.diagram.ui.NetwerkkaartEditor;
import nl.bondgenoot.diagram.ui.NetwerkkaartEditors;
import nl.bondgenoot.model.Beleidsfase;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.diagram.representations.DiagramRepresentations;
import nl.bondgenoot.ui.editor.ModelEditor;
import nl.bondgenoot.ui.editor.ModelEditors;
import nl.bondgenoot.ui.table.OpenTableHandler;
import nl.bondgenoot.ui.table.TableEditor;
import nl.bondgenoot.ui.table.TableEditors;

/**
 * The tables in the running workbench, on the same model as the model editor: a soort chosen in a
 * cell is in the model and the tree, and Ongedaan maken in the tree takes it back; a value for
 * several selected rows is one undo; sorting on a header, filtering and copying as tab-separated text.
 */
class TableEditorTest {

    private static final int VAN = 0;
    private static final int SOORT = 2;
    private static final int FASE = 3;

    @TempDir
    Path project;

    private Path model;
    private ModelEditor tree;
    private TableEditor table;

    @BeforeEach
    void openTheKernModelAndItsSturingsrelaties() throws Exception {
        model = Files.copy(UiTestSupport.example("kamperpoort-kern.bondgenoot"), project.resolve("kern.bondgenoot"));
        tree = ModelEditors.open(page(), model);
        table = openTable(model, "sturingsrelaties");
    }

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        settle(200);
    }

    @Test
    void aSoortChosenInTheTableIsInTheTreeAndUndoInTheTreeTakesItBack() throws Exception {
        assertSame(tree.getEditingDomain(), table.getEditingDomain(), "one editing domain, one command stack");
        assertEquals("Sturingsrelaties: kern.bondgenoot", table.getPartName());
        assertEquals(List.of("Van", "Naar", "Soort", "Fase", "Doorzettingsmacht", "Label"),
                Arrays.stream(swtTable().getColumns()).map(org.eclipse.swt.widgets.TableColumn::getText).toList());
        assertEquals(List.of("Wmo-raad Zwolle|Gemeente Zwolle|advies|onbekend|onbekend|advies",
                "Gemeente Zwolle|Inwoners Kamperpoort|verantwoording|onbekend|onbekend|verantwoording"), rows());
        Sturingsrelatie advies = tree.model().getSturingsrelaties().get(0);

        table.viewer().setSelection(new StructuredSelection(advies));
        choose(SOORT, "subsidie");
        assertEquals(SturingsrelatieSoort.SUBSIDIE, advies.getSoort());
        assertEquals("Wmo-raad Zwolle|Gemeente Zwolle|subsidie|onbekend|onbekend|subsidie", rows().get(0));
        assertTrue(treeTexts().contains("Wmo-raad Zwolle \u2192 Gemeente Zwolle (subsidie)"), treeTexts().toString());
        assertTrue(table.isDirty() && tree.isDirty(), "both editors of the model are dirty");

        page().activate(tree);
        command("org.eclipse.ui.edit.undo");
        assertEquals(SturingsrelatieSoort.ADVIES, advies.getSoort());
        assertTrue(treeTexts().contains("Wmo-raad Zwolle \u2192 Gemeente Zwolle (advies)"), treeTexts().toString());
        assertEquals("Wmo-raad Zwolle|Gemeente Zwolle|advies|onbekend|onbekend|advies", rows().get(0), "the table follows the undo");
        assertFalse(table.isDirty(), "back to the saved state");
    }

    @Test
    void aValueChosenWithTwoRowsSelectedIsSetOnBothAsOneUndo() throws Exception {
        List<Sturingsrelatie> relaties = tree.model().getSturingsrelaties();
        table.viewer().setSelection(new StructuredSelection(relaties));
        choose(FASE, "evaluatie");
        assertEquals(List.of(Beleidsfase.EVALUATIE, Beleidsfase.EVALUATIE), relaties.stream().map(Sturingsrelatie::getFase).toList());
        assertEquals("Fase wijzigen in 2 rijen", tree.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
        assertEquals(2, table.viewer().getStructuredSelection().size(), "both rows stay selected after the edit");
        assertTrue(rows().get(1).endsWith("|verantwoording|evaluatie|onbekend|verantwoording · evaluatie"), rows().toString());

        command("org.eclipse.ui.edit.undo");
        assertEquals(List.of(Beleidsfase.ONBEKEND, Beleidsfase.ONBEKEND), relaties.stream().map(Sturingsrelatie::getFase).toList());
        assertFalse(tree.getEditingDomain().getCommandStack().canUndo(), "one undo took back both rows");
    }

    @Test
    void aReferenceIsChosenFromTheModelsActors() throws Exception {
        Sturingsrelatie advies = tree.model().getSturingsrelaties().get(0);
        table.viewer().setSelection(new StructuredSelection(advies));
        CCombo combo = openCellEditor(VAN, CCombo.class);
        assertTrue(Arrays.asList(combo.getItems()).contains("Travers (welzijn)"), Arrays.toString(combo.getItems()));
        combo.select(Arrays.asList(combo.getItems()).indexOf("Travers (welzijn)"));
        combo.notifyListeners(SWT.DefaultSelection, new Event());
        settle(300);
        assertEquals("Travers", advies.getVan().getNaam());
    }

    @Test
    void aHeaderClickSortsAndTheFilterKeepsTheRowsWithTheText() throws Exception {
        org.eclipse.swt.widgets.TableColumn van = swtTable().getColumn(VAN);
        van.notifyListeners(SWT.Selection, new Event());
        assertEquals(List.of("Gemeente Zwolle", "Wmo-raad Zwolle"), column(VAN));
        assertEquals(van, swtTable().getSortColumn());
        assertEquals(SWT.UP, swtTable().getSortDirection());
        van.notifyListeners(SWT.Selection, new Event());
        assertEquals(List.of("Wmo-raad Zwolle", "Gemeente Zwolle"), column(VAN));
        van.notifyListeners(SWT.Selection, new Event());
        assertEquals(List.of("Wmo-raad Zwolle", "Gemeente Zwolle"), column(VAN), "the third click: the model's order");
        assertEquals(null, swtTable().getSortColumn());

        table.filterText().setText("INWONERS");
        settle(100);
        assertEquals(List.of("Gemeente Zwolle|Inwoners Kamperpoort|verantwoording|onbekend|onbekend|verantwoording"), rows());
        assertTrue(labels().contains("1 van 2 rijen"), labels().toString());
        table.filterText().setText("");
        settle(100);
        assertEquals(2, swtTable().getItemCount());
    }

    @Test
    void kopierenPutsTheSelectedRowsOnTheClipboardAsTabSeparatedText() throws Exception {
        table.viewer().setSelection(new StructuredSelection(tree.model().getSturingsrelaties().get(1)));
        page().activate(table);
        table.viewer().getControl().setFocus();
        command("org.eclipse.ui.edit.copy");
        Clipboard clipboard = new Clipboard(window().getShell().getDisplay());
        try {
            assertEquals("Van\tNaar\tSoort\tFase\tDoorzettingsmacht\tLabel\n"
                    + "Gemeente Zwolle\tInwoners Kamperpoort\tverantwoording\tonbekend\tonbekend\tverantwoording\n",
                    clipboard.getContents(TextTransfer.getInstance()));
            // Nothing selected: the rows the table shows, as filtered.
            table.viewer().setSelection(StructuredSelection.EMPTY);
            table.filterText().setText("advies");
            settle(100);
            table.viewer().getControl().setFocus();
            command("org.eclipse.ui.edit.copy");
            assertEquals("Van\tNaar\tSoort\tFase\tDoorzettingsmacht\tLabel\n"
                    + "Wmo-raad Zwolle\tGemeente Zwolle\tadvies\tonbekend\tonbekend\tadvies\n",
                    clipboard.getContents(TextTransfer.getInstance()));
        } finally {
            clipboard.dispose();
        }
    }

    @Test
    void tabelOpenenOpensTheChosenTableOfTheActiveEditorsModel() throws Exception {
        page().activate(tree);
        org.eclipse.ui.commands.ICommandService commands = window().getService(org.eclipse.ui.commands.ICommandService.class);
        org.eclipse.core.commands.ParameterizedCommand open = org.eclipse.core.commands.ParameterizedCommand.generateCommand(
                commands.getCommand(OpenTableHandler.COMMAND), java.util.Map.of(OpenTableHandler.TABLE, "actoren"));
        window().getService(IHandlerService.class).executeCommand(open, null);
        settle(300);
        TableEditor actoren = (TableEditor) page().getActiveEditor();
        assertEquals("Actoren: kern.bondgenoot", actoren.getPartName());
        assertSame(tree.model(), actoren.model());
        assertEquals(5, actoren.viewer().getTable().getItemCount());
        page().activate(table);
        window().getService(IHandlerService.class).executeCommand(open, null); // from the other table: the same editor
        settle(300);
        assertSame(actoren, page().getActiveEditor());
    }

    @Test
    void aTableContributedByAPlugInIsOfferedAfterTheBuiltInOnesAndShowsItsRows() throws Exception {
        List<String> offered = Arrays.stream(new nl.bondgenoot.ui.table.TableMenuItems() {
            org.eclipse.jface.action.IContributionItem[] items() {
                return getContributionItems();
            }
        }.items()).map(item -> ((org.eclipse.ui.menus.CommandContributionItem) item).getData().label).toList();
        assertEquals(List.of("Sturingsrelaties", "Actoren", "Professionals"), offered, "the test fragment's table after the built-in ones; its broken one left out");

        TableEditor professionals = openTable(model, "professionals");
        assertEquals("Professionals: kern.bondgenoot", professionals.getPartName());
        assertEquals(0, professionals.viewer().getTable().getItemCount(), "the kern example has no professional");
        nl.bondgenoot.model.Actor travers = tree.model().getActoren().get(1);
        tree.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(tree.getEditingDomain(), travers,
                nl.bondgenoot.model.BondgenootPackage.Literals.ACTOR__CATEGORIE, nl.bondgenoot.model.ActorCategorie.PROFESSIONAL));
        settle(300);
        assertEquals(1, rows(professionals).size(), "a professional now: the rows follow the description's 'als': " + rows(professionals));
        assertTrue(rows(professionals).get(0).startsWith("Travers|"), rows(professionals).toString());
    }

    @Test
    void theActorenTableRenamesAnActorAndShowsItsRolesAndNetworks() throws Exception {
        TableEditor actoren = openTable(model, "actoren");
        assertEquals("Gemeente Zwolle|overheid|gemeente|regisseur|OK-team Kamperpoort", rows(actoren).get(0));
        actoren.viewer().setSelection(new StructuredSelection(tree.model().getActoren().get(1)));
        actoren.editColumn(0);
        Text name = visible(actoren.viewer().getTable(), Text.class);
        name.setText("Travers Welzijn");
        name.notifyListeners(SWT.DefaultSelection, new Event());
        settle(300);
        assertEquals("Travers Welzijn", tree.model().getActoren().get(1).getNaam());
        assertTrue(treeTexts().contains("Travers Welzijn (welzijn)"), treeTexts().toString());
        assertEquals("Travers Welzijn|maatschappelijke organisatie|welzijn|dienstverlener|OK-team Kamperpoort", rows(actoren).get(1));
    }

    @Test
    void theMapFollowsATableEditAndItsUndo() throws Exception {
        NetwerkkaartEditor map = NetwerkkaartEditors.open(page(), model);
        awaitMapLabel(map, "advies");
        settle(500);
        page().activate(table);
        Sturingsrelatie advies = tree.model().getSturingsrelaties().get(0);
        table.viewer().setSelection(new StructuredSelection(advies));
        choose(SOORT, "subsidie");
        assertEquals(SturingsrelatieSoort.SUBSIDIE, advies.getSoort());
        // The map's page draws while it is shown (WebKit does not render a hidden tab): look at it, as a user would.
        page().activate(map);
        awaitMapLabel(map, "subsidie");
        page().activate(tree);
        command("org.eclipse.ui.edit.undo");
        page().activate(map);
        awaitMapLabel(map, "advies");
    }

    @Test
    void screenshotOfTheSturingsrelatiesOfBerfloEs() throws Exception {
        page().closeAllEditors(false);
        Path berflo = Files.copy(Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "netwerken",
                "sleutelteam-berflo-es.bondgenoot"), project.resolve("sleutelteam-berflo-es.bondgenoot"));
        ModelEditors.open(page(), berflo);
        TableEditor shown = openTable(berflo, "sturingsrelaties");
        page().activate(shown);
        page().setPartState(page().getReference(shown), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED); // every column in view
        swtColumn(shown, SOORT).notifyListeners(SWT.Selection, new Event()); // sorted on Soort
        shown.viewer().setSelection(new StructuredSelection(shown.shownRows().subList(0, 2)));
        shown.viewer().getControl().setFocus();
        shown.viewer().getTable().showColumn(swtColumn(shown, VAN));
        settle(300);
        Path shot = UiTestSupport.screenshot(window().getShell(), "tabel-sturingsrelaties.png");
        page().setPartState(page().getReference(shown), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        assertTrue(Files.size(shot) > 10_000, "screenshot too small to show anything: " + shot);
        assertEquals(6, shown.viewer().getTable().getItemCount());
    }

    private static TableEditor openTable(Path model, String id) throws Exception {
        TableEditor editor = TableEditors.open(page(), model, DiagramRepresentations.get().findTable(id).orElseThrow());
        settle(200);
        return editor;
    }

    /** Opens the cell editor of the column on the selection (as F2 or Bewerken ▸ does) and chooses the value. */
    private void choose(int column, String value) {
        CCombo combo = openCellEditor(column, CCombo.class);
        int index = Arrays.asList(combo.getItems()).indexOf(value);
        assertTrue(index >= 0, value + " is not among " + Arrays.toString(combo.getItems()));
        combo.select(index);
        combo.notifyListeners(SWT.DefaultSelection, new Event());
        settle(300);
    }

    private <T extends Control> T openCellEditor(int column, Class<T> type) {
        page().activate(table);
        table.viewer().getControl().setFocus();
        table.editColumn(column);
        settle(100);
        assertTrue(table.viewer().isCellEditorActive(), "a cell editor is open");
        return visible(table.viewer().getTable(), type);
    }

    private static <T extends Control> T visible(Table table, Class<T> type) {
        return Arrays.stream(table.getChildren()).filter(type::isInstance).filter(Control::isVisible).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " open in the table"));
    }

    private static org.eclipse.swt.widgets.TableColumn swtColumn(TableEditor editor, int index) {
        return editor.viewer().getTable().getColumn(index);
    }

    private Table swtTable() {
        return table.viewer().getTable();
    }

    private List<String> rows() {
        return rows(table);
    }

    private static List<String> rows(TableEditor editor) {
        Table shown = editor.viewer().getTable();
        List<String> rows = new ArrayList<>();
        for (TableItem item : shown.getItems()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < shown.getColumnCount(); i++) {
                cells.add(item.getText(i));
            }
            rows.add(String.join("|", cells));
        }
        return rows;
    }

    private List<String> column(int index) {
        return Arrays.stream(swtTable().getItems()).map(item -> item.getText(index)).toList();
    }

    private List<String> labels() {
        return Arrays.stream(swtTable().getParent().getChildren()).filter(org.eclipse.swt.widgets.Label.class::isInstance)
                .map(label -> ((org.eclipse.swt.widgets.Label) label).getText()).toList();
    }

    private List<String> treeTexts() {
        List<String> texts = new ArrayList<>();
        tree.viewer().expandAll();
        collect(tree.viewer().getTree().getItems(), texts);
        return texts;
    }

    private static void collect(TreeItem[] items, List<String> texts) {
        for (TreeItem item : items) {
            texts.add(item.getText());
            collect(item.getItems(), texts);
        }
    }

    private static void awaitMapLabel(NetwerkkaartEditor map, String text) {
        await(() -> "true".equals(evaluate(map.browser(), "return String([...document.querySelectorAll('#netwerkkaart text')]"
                + ".some(t => t.textContent === '" + text + "'));")),
                () -> "no label '" + text + "' on the map; the page shows: " + evaluate(map.browser(), "return document.body.innerText;"));
    }

    private static void command(String id) throws Exception {
        window().getService(IHandlerService.class).executeCommand(id, null);
        settle(300);
    }
}
