package nl.bondgenoot.ui.tests;

import static nl.bondgenoot.ui.tests.UiTestSupport.page;
import static nl.bondgenoot.ui.tests.UiTestSupport.settle;
import static nl.bondgenoot.ui.tests.UiTestSupport.window;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.beoordeling.ui.BeoordelingEditor;
import nl.bondgenoot.beoordeling.ui.ChecklistFormulier;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Antwoordstatus;
import nl.bondgenoot.model.Checklistbeoordeling;
import nl.bondgenoot.model.Oordeel;
import nl.bondgenoot.ui.editor.FileEditors;

/**
 * The checklist of an example practice filled in as a consultant does: two respondents answer, an indicator
 * is judged below VOLDOENDE and its questions get the "extra aandacht" flag with the guidance, Ongedaan maken
 * takes the judgement back, a save and reopen keeps the answers; the screenshot is read back.
 */
class BeoordelingEditorTest {

    @TempDir
    Path tmp;

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        settle(200);
    }

    @Test
    void aConsultantFillsInTheChecklistWithTwoRespondentsJudgesUndoesAndSaves() throws Exception {
        Path file = BeoordelingFixtures.checklist(tmp);
        BeoordelingEditor editor = assertInstanceOf(BeoordelingEditor.class, FileEditors.open(page(), file));
        settle(300);
        ChecklistFormulier form = editor.checklist();
        assertNotNull(form, "the checklist opens as a form");
        assertEquals("0 van 31 vragen beantwoord", form.voortgang());
        assertEquals(List.of("A.I1", "A.I2", "A.I3"), form.indicatorBlokken().stream().map(b -> b.indicator().id()).toList());

        // Two respondents, both actors of the model.
        Checklistbeoordeling beoordeling = (Checklistbeoordeling) editor.document().beoordeling();
        List<Actor> actors = editor.document().model().getActoren();
        Actor gemeente = actors.stream().filter(a -> "Gemeente Hengelo".equals(a.getNaam())).findFirst().orElseThrow();
        Actor carint = actors.stream().filter(a -> "Carint Reggeland".equals(a.getNaam())).findFirst().orElseThrow();
        form.voegRespondentToe(gemeente);
        form.voegRespondentToe(carint);
        settle(200);
        var first = form.vraagBlokken().get(0);
        assertEquals(2, first.rijen().size(), "a row of answer widgets per respondent");

        // They answer the first question differently: progress counts it once, the difference shows.
        choose(first.rijen().get(0).status(), Antwoordstatus.JA.getName());
        choose(first.rijen().get(1).status(), Antwoordstatus.NEE.getName());
        settle(200);
        assertEquals("1 van 31 vragen beantwoord", form.voortgang());
        assertTrue(first.verschilTekst().contains("Gemeente Hengelo: JA") && first.verschilTekst().contains("Carint Reggeland: NEE"),
                first.verschilTekst());

        // An indicator judged DEELS with a motivation: its questions get the flag, the flag shows the guidance.
        var indicator = form.indicatorBlokken().get(0);
        assertFalse(first.vlagZichtbaar());
        choose(indicator.oordeel(), Oordeel.DEELS.getName());
        type(indicator.motivering(), "De doelen zijn er, de rol van de burger niet.");
        settle(200);
        assertEquals(Oordeel.DEELS, beoordeling.getIndicatoroordelen().get(0).getOordeel());
        assertTrue(first.vlagZichtbaar(), "a question of an indicator below VOLDOENDE is flagged");
        first.vlag().notifyListeners(SWT.Selection, new Event());
        settle(200);
        assertEquals(first.vraag(), form.getoondeRichtlijn());
        assertTrue(form.richtlijnTekst().contains(first.vraag().richtlijn()), form.richtlijnTekst());

        // The screenshot: the editor maximised, read back: no widgets overlap, the guidance panel is not empty.
        Shell shell = window().getShell();
        Rectangle bounds = shell.getBounds();
        Rectangle screen = shell.getDisplay().getBounds();
        shell.setBounds(screen.x, screen.y, Math.max(screen.width, 1280), Math.min(screen.height, 900));
        IWorkbenchPage page = page();
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        settle(400);
        assertNoOverlaps(first.control().getParent());
        Path shot = UiTestSupport.screenshot(shell, "beoordeling-checklist.png");
        assertGuidanceReadable(shot, shell, form.richtlijnControl());
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
        shell.setBounds(bounds);
        settle(200);

        // Ongedaan maken takes the motivation back, then the judgement: the flag goes.
        command("org.eclipse.ui.edit.undo");
        command("org.eclipse.ui.edit.undo");
        settle(200);
        assertEquals(Oordeel.ONBEKEND, indicator.oordeel().getText().isEmpty() ? Oordeel.ONBEKEND
                : Oordeel.get(indicator.oordeel().getText()));
        assertFalse(first.vlagZichtbaar(), "undone: no flag");
        command("org.eclipse.ui.edit.redo");
        settle(200);
        assertTrue(first.vlagZichtbaar(), "redone: the flag is back");
        assertTrue(editor.isDirty());

        // Saved and opened again: the answers, the respondents and the judgement are there.
        editor.doSave(null);
        assertFalse(editor.isDirty());
        page().closeEditor(editor, false);
        settle(200);
        BeoordelingEditor again = assertInstanceOf(BeoordelingEditor.class, FileEditors.open(page(), file));
        settle(300);
        assertEquals("1 van 31 vragen beantwoord", again.checklist().voortgang());
        var reopened = again.checklist().vraagBlokken().get(0);
        assertEquals(List.of("JA", "NEE"), reopened.rijen().stream().map(r -> r.status().getText()).toList());
        assertEquals("DEELS", again.checklist().indicatorBlokken().get(0).oordeel().getText());
        assertTrue(reopened.vlagZichtbaar());
    }

    @Test
    void anUnreadableAssessmentIsShownAsADutchMessageAndNeverOverwritten() throws Exception {
        Path file = tmp.resolve("kapot.beoordeling");
        Files.writeString(file, "<?xml version=\"1.0\"?><niet-af");
        byte[] before = Files.readAllBytes(file);
        BeoordelingEditor editor = assertInstanceOf(BeoordelingEditor.class, FileEditors.open(page(), file));
        settle(200);
        assertTrue(editor.checklist() == null);
        List<String> texts = new ArrayList<>();
        collectLabels(editor.getSite().getShell(), texts);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Deze beoordeling kan niet worden gelezen") && t.contains("kapot.beoordeling")),
                texts.toString());
        editor.doSave(null);
        assertFalse(editor.isDirty());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    private static void collectLabels(Composite parent, List<String> texts) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label && child.isVisible()) {
                texts.add(label.getText());
            }
            if (child instanceof Composite composite) {
                collectLabels(composite, texts);
            }
        }
    }

    private static void command(String id) throws Exception {
        window().getService(IHandlerService.class).executeCommand(id, null);
    }

    private static void choose(Combo combo, String item) {
        combo.select(List.of(combo.getItems()).indexOf(item));
        combo.notifyListeners(SWT.Selection, new Event());
    }

    private static void type(Text text, String value) {
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, new Event());
    }

    /** No two visible widgets of the form overlap: each block's children lie apart, as laid out. */
    private static void assertNoOverlaps(Composite composite) {
        List<Control> visible = List.of(composite.getChildren()).stream().filter(Control::isVisible).toList();
        for (int i = 0; i < visible.size(); i++) {
            Rectangle a = visible.get(i).getBounds();
            for (int j = i + 1; j < visible.size(); j++) {
                Rectangle b = visible.get(j).getBounds();
                assertFalse(a.intersects(b) && !a.isEmpty() && !b.isEmpty(),
                        visible.get(i) + " " + a + " overlaps " + visible.get(j) + " " + b);
            }
            if (visible.get(i) instanceof Composite child) {
                assertNoOverlaps(child);
            }
        }
    }

    /** The guidance panel's text area in the screenshot holds dark text on a light ground. */
    private static void assertGuidanceReadable(Path shot, Shell shell, Control guidance) {
        assertTrue(guidance.isVisible() && guidance.getSize().x > 150 && guidance.getSize().y > 60,
                "guidance panel too small to read: " + guidance.getSize());
        ImageData image = new ImageLoader().load(shot.toString())[0];
        Rectangle area = Display.getCurrent().map(guidance.getParent(), null, guidance.getBounds());
        Rectangle window = shell.getBounds();
        int dark = 0;
        int light = 0;
        for (int y = area.y - window.y; y < area.y - window.y + area.height && y < image.height; y++) {
            for (int x = area.x - window.x; x < area.x - window.x + area.width && x < image.width; x++) {
                var rgb = image.palette.getRGB(image.getPixel(x, y));
                int brightness = (rgb.red + rgb.green + rgb.blue) / 3;
                if (brightness < 90) {
                    dark++;
                } else if (brightness > 200) {
                    light++;
                }
            }
        }
        assertTrue(dark > 200 && light > dark * 3, "guidance: " + dark + " dark, " + light + " light pixels");
    }
}
