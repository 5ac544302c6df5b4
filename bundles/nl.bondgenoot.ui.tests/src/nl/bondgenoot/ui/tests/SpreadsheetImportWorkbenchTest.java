package nl.bondgenoot.ui.tests;

import static nl.bondgenoot.ui.tests.UiTestSupport.example;
import static nl.bondgenoot.ui.tests.UiTestSupport.page;
import static nl.bondgenoot.ui.tests.UiTestSupport.settle;
import static nl.bondgenoot.ui.tests.UiTestSupport.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.exchange.Formats;
import nl.bondgenoot.exchange.preview.ImportPreview;
import nl.bondgenoot.exchange.ui.ExportHandler;
import nl.bondgenoot.exchange.ui.ImportPreviewDialog;
import nl.bondgenoot.exchange.ui.ImportSpreadsheetHandler;
import nl.bondgenoot.exchange.ui.SpreadsheetImport;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.ui.editor.FileEditors;
import nl.bondgenoot.ui.editor.ModelEditor;

/**
 * Spreadsheet import in the workbench: the preview (changed old -&gt; new, added, rejected with sheet and
 * row), nothing applied while rows are rejected, Toepassen as one command that Bewerken &gt; Ongedaan maken
 * takes back whole; an unreadable sheet is a Dutch dialog; the graph formats are among the exporters.
 */
class SpreadsheetImportWorkbenchTest {

    @TempDir
    Path tmp;

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        settle(200);
    }

    private ModelEditor open() throws Exception {
        Path file = Files.copy(example("kamperpoort-kern.bondgenoot"), tmp.resolve("kamperpoort.bondgenoot"));
        ModelEditor editor = assertInstanceOf(ModelEditor.class, FileEditors.open(page(), file));
        settle(300);
        return editor;
    }

    /** The model's actors as the workbench's CSV export writes them (kamperpoort-actoren.csv), as lines. */
    private List<String> exportedActors(ModelEditor editor) throws Exception {
        List<Path> written = Formats.get().exporter("csv").orElseThrow().export(editor.model(), tmp.resolve("kamperpoort.csv"));
        Path actoren = written.stream().filter(p -> p.getFileName().toString().endsWith("-actoren.csv")).findFirst().orElseThrow();
        return new ArrayList<>(Files.readAllLines(actoren, StandardCharsets.UTF_8));
    }

    private Path sheet(String name, List<String> lines) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("blad-" + name));
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private static List<String> names(ModelEditor editor) {
        return editor.model().getActoren().stream().map(Actor::getNaam).toList();
    }

    private static List<String> column(Table table, int column) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            cells.add(table.getItem(i).getText(column));
        }
        return cells;
    }

    @Test
    void theImportShowsItsPreviewAppliesAsOneCommandAndUndoRestoresTheModel() throws Exception {
        ModelEditor editor = open();
        List<String> before = names(editor);
        String renamed = before.get(1);
        List<String> lines = exportedActors(editor);
        int header = 0;
        int columns = lines.get(header).split(";", -1).length;
        // One actor renamed, one new actor (a row without id: matched by name, which no actor has).
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, lines.get(i).replace(";" + renamed + ";", ";" + renamed + " (nieuwe naam);"));
        }
        lines.add(";Buurthuis De Kamp" + ";".repeat(columns - 2));
        Path sheet = sheet("kamperpoort-actoren.csv", lines);

        ImportPreview preview = SpreadsheetImport.preview(editor, List.of(sheet));
        assertFalse(preview.hasRejections(), preview.tekst());
        ImportPreviewDialog dialog = new ImportPreviewDialog(window().getShell(), preview, editor.getPartName());
        dialog.setBlockOnOpen(false);
        dialog.open();
        settle(300);
        Table rows = dialog.viewer().getTable();
        assertEquals(List.of("toegevoegd", "gewijzigd"), column(rows, 0), preview.tekst());
        assertEquals("Buurthuis De Kamp", rows.getItem(0).getText(3));
        assertTrue(rows.getItem(1).getText(4).contains("'" + renamed + "' -> '" + renamed + " (nieuwe naam)'"),
                rows.getItem(1).getText(4));
        assertTrue(rows.getItem(0).getText(2).startsWith("Actoren, rij "), rows.getItem(0).getText(2));
        assertEquals(before, names(editor), "nothing changes before Toepassen");
        assertTrue(dialog.canApply());
        UiTestSupport.screenshot(dialog.getShell(), "import-voorbeeld.png");
        dialog.pressApply();
        assertEquals(Window.OK, dialog.getReturnCode());
        assertTrue(SpreadsheetImport.apply(editor, preview));
        settle(300);

        List<String> after = names(editor);
        assertTrue(after.contains("Buurthuis De Kamp"), after.toString());
        assertTrue(after.contains(renamed + " (nieuwe naam)"), after.toString());
        assertFalse(after.contains(renamed), after.toString());
        assertTrue(editor.isDirty());

        // Bewerken > Ongedaan maken: one undo takes the whole import back.
        page().activate(editor);
        window().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
        settle(300);
        assertEquals(before, names(editor));
        assertFalse(editor.getEditingDomain().getCommandStack().canUndo(), "the import was one command");
    }

    @Test
    void aSheetWithARejectedRowChangesNothing() throws Exception {
        ModelEditor editor = open();
        List<String> before = names(editor);
        List<String> lines = exportedActors(editor);
        List<String> header = List.of(lines.get(0).replace("\ufeff", "").split(";", -1));
        String[] row = new String[header.size()];
        java.util.Arrays.fill(row, "");
        row[header.indexOf("naam")] = "Stichting Onbekend";
        row[header.indexOf("categorie")] = "geen bestaande categorie";
        lines.add(String.join(";", row));
        Path sheet = sheet("kamperpoort-actoren.csv", lines);

        ImportPreview preview = SpreadsheetImport.preview(editor, List.of(sheet));
        assertTrue(preview.hasRejections());
        ImportPreviewDialog dialog = new ImportPreviewDialog(window().getShell(), preview, editor.getPartName());
        dialog.setBlockOnOpen(false);
        dialog.open();
        settle(300);
        Table rows = dialog.viewer().getTable();
        assertEquals("afgewezen", rows.getItem(0).getText(0));
        assertEquals("Actoren, rij " + lines.size(), rows.getItem(0).getText(2));
        assertTrue(rows.getItem(0).getText(4).startsWith("categorie"), rows.getItem(0).getText(4));
        assertTrue(dialog.detailText().startsWith("afgewezen \u2014 Actoren, rij " + lines.size() + " \u2014 categorie"),
                dialog.detailText());
        assertTrue(dialog.detailText().contains("geen bestaande categorie"), "the whole reason under the table: " + dialog.detailText());
        assertFalse(dialog.canApply(), "no Toepassen while rows are rejected");
        UiTestSupport.screenshot(dialog.getShell(), "import-afgewezen.png");
        dialog.close();
        assertFalse(SpreadsheetImport.apply(editor, preview));
        assertEquals(before, names(editor));
        assertFalse(editor.getEditingDomain().getCommandStack().canUndo());
    }

    @Test
    void anUnreadableSheetIsADutchDialogAndTheModelStays() throws Exception {
        ModelEditor editor = open();
        List<String> before = names(editor);
        Path binary = Files.write(tmp.resolve("stakeholders.xlsx"), new byte[] { 0, 1, 2, 3, (byte) 0xff, 0x50, 0x4b, 9, 9 });
        ModalDialogCloser closer = ModalDialogCloser.pressWhenOpen("Importeren niet mogelijk", "OK", "import-onleesbaar.png");
        assertFalse(ImportSpreadsheetHandler.importFiles(window().getShell(), editor, List.of(binary)));
        assertTrue(closer.found(), "the Dutch error dialog opened");
        String said = String.join("\n", closer.texts());
        assertTrue(said.contains("stakeholders.xlsx"), said);
        assertFalse(said.contains("Exception") || said.contains("\tat "), "no stack trace: " + said);
        assertEquals(before, names(editor));
        assertFalse(editor.getEditingDomain().getCommandStack().canUndo());
    }

    @Test
    void theGraphFormatsAreExportersBesideTheSpreadsheets() throws Exception {
        assertTrue(Formats.get().exportNames().containsAll(List.of("csv", "xlsx", "graphml", "gexf")),
                Formats.get().exportNames().toString());
        ModelEditor editor = open();
        ModalDialogCloser closer = ModalDialogCloser.pressWhenOpen("Ge\u00EBxporteerd", "OK", "export-graphml.png");
        List<Path> written = ExportHandler.export(window().getShell(), editor,
                Formats.get().exportFormat("graphml").orElseThrow(), tmp.resolve("kamperpoort.graphml"));
        assertTrue(closer.found());
        assertEquals(List.of(tmp.resolve("kamperpoort.graphml")), written);
        String graphml = Files.readString(written.get(0));
        assertTrue(graphml.trim().endsWith("</graphml>"), "a whole file: " + graphml);
        for (Actor actor : editor.model().getActoren()) {
            assertTrue(graphml.contains("<node id=\"" + actor.getId() + "\""), actor.getNaam() + " is a node");
        }
        assertTrue(graphml.contains("betweenness"), "the metrics are attributes");
    }
}
