package nl.bondgenoot.ui.tests;

import static nl.bondgenoot.ui.tests.UiTestSupport.example;
import static nl.bondgenoot.ui.tests.UiTestSupport.explorer;
import static nl.bondgenoot.ui.tests.UiTestSupport.findings;
import static nl.bondgenoot.ui.tests.UiTestSupport.page;
import static nl.bondgenoot.ui.tests.UiTestSupport.texts;
import static nl.bondgenoot.ui.tests.UiTestSupport.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.editor.FileEditors;
import nl.bondgenoot.ui.editor.ModelEditor;

/**
 * Opens models through the one path the menu, the Projectverkenner and the command line share
 * ({@link FileEditors}, minus the file dialog) and checks what the Modelverkenner and Bevindingen show.
 */
class ModelViewsTest {

    private static final Path TE_KLEIN = example("kamperpoort-te-klein.bondgenoot");
    private static final Path KERN = example("kamperpoort-kern.bondgenoot");

    @TempDir
    Path tmp;

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    /** The line of the example that starts with this text (the findings table shows where the element stands). */
    private static String lineOf(String start) {
        try {
            List<String> lines = Files.readAllLines(TE_KLEIN);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).trim().startsWith(start)) {
                    return String.valueOf(i + 1);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no line starts with " + start);
    }

    private static ModelEditor open(Path file) {
        IEditorPart editor = FileEditors.open(page(), file);
        return assertInstanceOf(ModelEditor.class, editor);
    }

    private Tree tree() {
        return explorer().getViewer().getTree();
    }

    private Table table() {
        return findings().getViewer().getTable();
    }

    @Test
    void withNothingOpenTheExplorerShowsHowToOpenAModel() {
        BondgenootUi.session().close();
        page().activate(explorer());
        UiTestSupport.settle(300); // a view brought to the top lays out its contents in the event loop
        Label hint = assertInstanceOf(Label.class, explorer().getVisibleControl());
        assertTrue(hint.isVisible());
        assertTrue(hint.getText().contains("Open een model met Bestand > Model openen\u2026"), hint.getText());
        assertEquals(0, table().getItemCount());
    }

    @Test
    void theTooSmallExampleShowsItsTreeAndTheNet1Finding() throws Exception {
        open(TE_KLEIN);
        assertSame(tree(), explorer().getVisibleControl());

        TreeItem root = tree().getItem(0);
        assertEquals(1, tree().getItemCount());
        assertEquals("OK-team Kamperpoort (te klein, skelet)", root.getText());
        assertEquals(List.of("Actoren (5)", "Netwerken (1)"), texts(root.getItems()));
        List<String> leden = List.of("Gemeente Zwolle \u2014 overheid/gemeente",
                "Travers \u2014 maatschappelijke organisatie/welzijn",
                "Wijkagent Kamperpoort \u2014 professional/wijkagent");
        List<String> actors = new java.util.ArrayList<>(leden);
        actors.addAll(List.of("Wmo-raad Zwolle \u2014 vertegenwoordigend orgaan/Wmo-raad",
                "Inwoners Kamperpoort \u2014 burger/bewoners"));
        assertEquals(actors, texts(root.getItem(0).getItems()));
        TreeItem netwerk = root.getItem(1).getItem(0);
        assertEquals("OK-team Kamperpoort", netwerk.getText());
        assertEquals(leden, texts(netwerk.getItems()));

        assertEquals(1, table().getItemCount());
        TableItem row = table().getItem(0);
        assertEquals(List.of("Ernst", "Regel", "Element", "Regelnr.", "Bericht", "Bron"),
                texts(table().getColumns()));
        assertEquals(List.of("FOUT", "NET-1", "Netwerk 'OK-team Kamperpoort'", lineOf("<netwerken "),
                "Netwerk 'OK-team Kamperpoort' heeft 2 organisaties; een netwerk heeft er minstens 3",
                "S2:2258-2260"), cells(row));
        assertEquals("1 fout(en), 0 waarschuwing(en), 0 info (peildatum vandaag)", findings().getContentDescription());

        Path shot = UiTestSupport.screenshot(window().getShell(), "workbench.png");
        assertTrue(Files.size(shot) > 10_000, "screenshot too small to show anything: " + shot);
    }

    private static List<String> cells(TableItem row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getParent().getColumnCount(); i++) {
            cells.add(row.getText(i));
        }
        return cells;
    }

    @Test
    void doubleClickingAFindingSelectsItsElementInTheModelEditor() {
        ModelEditor editor = open(TE_KLEIN);
        page().activate(findings());
        table().setSelection(0);
        Event doubleClick = new Event();
        doubleClick.item = table().getItem(0);
        table().notifyListeners(SWT.DefaultSelection, doubleClick);

        assertSame(editor, page().getActivePart());
        List<?> selected = editor.viewer().getStructuredSelection().toList();
        assertEquals(1, selected.size());
        assertEquals("OK-team Kamperpoort", ((nl.bondgenoot.model.Netwerk) selected.get(0)).getNaam());
    }

    @Test
    void theValidExampleEmptiesTheFindingsTable() {
        open(TE_KLEIN);
        assertEquals(1, table().getItemCount());

        open(KERN);
        assertEquals(0, table().getItemCount());
        assertEquals("OK-team Kamperpoort (kern, skelet)", tree().getItem(0).getText());
        assertEquals("Geen bevindingen: het model voldoet aan alle regels (peildatum vandaag).", findings().getContentDescription());
    }

    @Test
    void theProjectsRuleProfileAppliesAsInTheCommandLine() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path model = Files.copy(TE_KLEIN, project.resolve("klein.bondgenoot"));
        Files.writeString(project.resolve("bondgenoot.profiel"), "NET-1 = WAARSCHUWING\n");
        open(model);
        assertEquals("WAARSCHUWING", table().getItem(0).getText(0));
    }

    /**
     * The command line's files take the menu's path: a file that is no model opens as the model
     * editor's error page (no dialog, nothing written), and the views keep the model that was read.
     */
    @Test
    void aFileThatIsNoModelOnTheCommandLineOpensAsTheErrorPageAndKeepsThePreviousModel() throws Exception {
        Path garbage = Files.writeString(tmp.resolve("rommel.bondgenoot"), "dit is geen model\n");
        byte[] before = Files.readAllBytes(garbage);
        ModalDialogCloser dialog = ModalDialogCloser.closeWhenOpen("Model openen mislukt");

        FileEditors.openAll(page(), List.of(TE_KLEIN, garbage));
        dialog.stop();

        assertFalse(dialog.found(), "a load error is the editor's page, not a dialog: " + dialog.texts());
        ModelEditor broken = assertInstanceOf(ModelEditor.class, page().getActiveEditor());
        assertNotNull(broken.errorText(), "the unreadable file opens as the error page");
        assertTrue(broken.errorText().contains(garbage + ":1: geen geldig XML-bestand"), broken.errorText());
        assertFalse(broken.errorText().contains("Exception") || broken.errorText().contains("\tat "), broken.errorText());
        assertEquals(TE_KLEIN, BondgenootUi.session().file());
        assertEquals("OK-team Kamperpoort (te klein, skelet)", tree().getItem(0).getText());
        assertEquals(1, table().getItemCount());
        assertTrue(window().getShell().getText().endsWith("kamperpoort-te-klein.bondgenoot"));
        page().closeAllEditors(false);
        assertArrayEquals(before, Files.readAllBytes(garbage));
    }
}
