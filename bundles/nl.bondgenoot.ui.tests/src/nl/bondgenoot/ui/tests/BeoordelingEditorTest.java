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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.beoordeling.ui.BeoordelingEditor;
import nl.bondgenoot.beoordeling.ui.ChecklistFormulier;
import nl.bondgenoot.beoordeling.ui.VraagBlok;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Antwoord;
import nl.bondgenoot.model.Antwoordherkomst;
import nl.bondgenoot.model.Antwoordstatus;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.Oordeel;
import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.instrumenten.Instrumenten;
import nl.bondgenoot.ui.editor.FileEditors;

/**
 * The checklist of an example practice filled in as a consultant does: two respondents answer differently,
 * a proposed answer from the model is taken over and confirmed, an indicator is judged below VOLDOENDE and
 * its questions get the "extra aandacht" flag with the guidance, Ongedaan maken takes the judgement back, a
 * save and reopen keeps it all; the screenshot is read back. A contributed instrument opens in the same form.
 */
class BeoordelingEditorTest {

    private static final String OK_TEAM = "ok-team-kamperpoort.bondgenoot";

    @TempDir
    Path tmp;

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        settle(200);
    }

    @Test
    void aConsultantFillsInTheChecklistWithTwoRespondentsJudgesUndoesAndSaves() throws Exception {
        Path file = BeoordelingFixtures.nieuw(tmp, OK_TEAM, "OK-team Kamperpoort", Instrumenten.CHECKLIST_WMO_PRAKTIJKEN,
                "ok-team-checklist.beoordeling");
        BeoordelingEditor editor = open(file);
        ChecklistFormulier form = editor.checklist();
        assertNotNull(form, "the checklist opens as a form");
        assertEquals("0 van 31 vragen beantwoord", form.voortgang());
        assertEquals(List.of("A.I1", "A.I2", "A.I3"), form.indicatorBlokken().stream().map(b -> b.indicator().id()).toList());

        // Two respondents, actors of the model with their role.
        Beoordeling beoordeling = editor.document().beoordeling();
        form.voegRespondentToe(actor(editor, "Gemeente Zwolle"), "beleidsmedewerker");
        form.voegRespondentToe(actor(editor, "Travers"), "wijkcoach");
        settle(200);
        VraagBlok first = form.vraagBlokken().get(0);
        assertEquals(List.of("Gemeente Zwolle (beleidsmedewerker)", "Travers (wijkcoach)"),
                beoordeling.getRespondenten().stream().map(r -> r.getActor().getNaam() + " (" + r.getRol() + ")").toList());
        assertEquals(2, first.rijen().size(), "a row of answer widgets per respondent");

        // They answer the first question differently: progress counts it once, the difference shows.
        choose(first.rijen().get(0).status(), Antwoordstatus.JA.getName());
        choose(first.rijen().get(1).status(), Antwoordstatus.NEE.getName());
        settle(200);
        assertEquals("1 van 31 vragen beantwoord", form.voortgang());
        assertTrue(first.verschilTekst().contains("Gemeente Zwolle (beleidsmedewerker): JA")
                && first.verschilTekst().contains("Travers (wijkcoach): NEE"), first.verschilTekst());

        // The model proposes who the partners are (A.Q4): taken over for the first respondent, then confirmed.
        VraagBlok partners = blok(form, "A.Q4");
        VraagBlok.Rij rij = partners.rijen().get(0);
        assertTrue(rij.voorstel().isVisible() && rij.voorstel().getText().startsWith("Voorstel uit het model: ")
                && rij.voorstel().getText().contains("OK-team Kamperpoort"), rij.voorstel().getText());
        assertEquals("Overnemen", rij.bevestig().getText());
        click(rij.bevestig());
        Antwoord overgenomen = editor.document().beoordeling().getAntwoorden().stream()
                .filter(a -> a.getVraagId().equals("A.Q4")).findFirst().orElseThrow();
        assertEquals(Antwoordherkomst.VOORSTEL, overgenomen.getHerkomst());
        assertFalse(overgenomen.getDelen().isEmpty() || overgenomen.getDelen().get(0).getActoren().isEmpty(),
                "the proposal names the partners from the model");
        assertTrue(((Button) rij.delen().get(0)).getText().contains(overgenomen.getDelen().get(0).getActoren().get(0).getNaam()),
                ((Button) rij.delen().get(0)).getText());
        assertEquals("Bevestigen", rij.bevestig().getText());
        assertEquals("2 van 31 vragen beantwoord", form.voortgang(), "the partners named: A.Q4 is answered");
        click(rij.bevestig());
        assertEquals(Antwoordherkomst.BEVESTIGD, overgenomen.getHerkomst());
        assertTrue(rij.voorstel().getText().startsWith("Bevestigd voorstel uit het model: "), rij.voorstel().getText());
        assertFalse(rij.bevestig().isVisible());

        // The indicator of the first question judged DEELS with a motivation: its questions get the flag,
        // and the flag shows the seed's guidance for the question, quoted, with its source lines.
        Instrument.Item vraag = first.vraag();
        var indicator = form.indicatorBlokken().stream().filter(b -> b.indicator().id().equals(vraag.indicatorId()))
                .findFirst().orElseThrow();
        assertFalse(first.vlagZichtbaar());
        choose(indicator.oordeel(), Oordeel.DEELS.getName());
        type(indicator.motivering(), "De doelen zijn er, de rol van de burger niet.");
        settle(200);
        assertTrue(first.vlagZichtbaar(), "a question of an indicator below VOLDOENDE is flagged");
        first.vlag().notifyListeners(SWT.Selection, new Event());
        settle(200);
        assertEquals(vraag, form.getoondeRichtlijn());
        String guidance = form.richtlijnTekst();
        if (vraag.richtlijn() != null) {
            assertEquals("\u201C" + vraag.richtlijn().tekst().strip() + "\u201D", guidance);
        } else {
            assertTrue(guidance.contains(vraag.waarde("richtlijn")), guidance);
        }

        // The screenshot: the editor maximised, read back: no widgets overlap, the guidance is readable.
        Path shot = UiTestSupport.maximised(editor, "beoordeling-checklist.png", png -> {
            assertNoOverlaps(first.control().getParent());
            // Every respondent's answer starts in the same column, also under a line about the proposal or a finding.
            assertEquals(1, first.rijen().stream().map(r -> r.status().getBounds().x).distinct().count(),
                    first.rijen().stream().map(r -> r.status().getBounds()).toList().toString());
            assertReadable(png, form.richtlijnControl());
        });
        assertTrue(Files.size(shot) > 20_000, "screenshot too small to show the form: " + shot);

        // Ongedaan maken takes the motivation back, then the judgement: the flag goes; Opnieuw brings it back.
        command("org.eclipse.ui.edit.undo");
        command("org.eclipse.ui.edit.undo");
        settle(200);
        assertEquals(Oordeel.ONBEKEND.getName(), indicator.oordeel().getText());
        assertFalse(first.vlagZichtbaar(), "undone: no flag");
        command("org.eclipse.ui.edit.redo");
        settle(200);
        assertTrue(first.vlagZichtbaar(), "redone: the flag is back");
        assertTrue(editor.isDirty());

        // Saved and opened again: the answers, the respondents, the confirmed proposal and the judgement are there.
        editor.doSave(null);
        assertFalse(editor.isDirty());
        page().closeEditor(editor, false);
        settle(200);
        BeoordelingEditor again = open(file);
        assertEquals("2 van 31 vragen beantwoord", again.checklist().voortgang());
        VraagBlok reopened = again.checklist().vraagBlokken().get(0);
        assertEquals(List.of("JA", "NEE"), reopened.rijen().stream().map(r -> r.status().getText()).toList());
        assertEquals("DEELS", again.checklist().indicatorBlokken().stream()
                .filter(b -> b.indicator().id().equals(vraag.indicatorId())).findFirst().orElseThrow().oordeel().getText());
        assertTrue(reopened.vlagZichtbaar());
        assertTrue(blok(again.checklist(), "A.Q4").rijen().get(0).voorstel().getText().startsWith("Bevestigd voorstel"));
    }

    @Test
    void everyExampleAssessmentOpensInItsForm() throws Exception {
        List<Path> examples;
        try (var files = Files.list(BeoordelingFixtures.NETWERKEN)) {
            examples = files.filter(f -> f.getFileName().toString().endsWith(".beoordeling")).sorted().toList();
        }
        assertFalse(examples.isEmpty());
        for (Path example : examples) {
            BeoordelingEditor editor = open(example);
            assertEquals(null, editor.document().loadError(), example.toString());
            assertTrue(editor.checklist() != null || editor.zelfanalyse() != null || editor.plateaus() != null, example.toString());
            assertFalse(editor.isDirty(), example + ": opening changes nothing (the proposals it took over follow the model)");
            page().closeEditor(editor, false);
        }
    }

    @Test
    void anUnreadableAssessmentIsShownAsADutchMessageAndNeverOverwritten() throws Exception {
        Path file = tmp.resolve("kapot.beoordeling");
        Files.writeString(file, "<?xml version=\"1.0\"?><niet-af");
        byte[] before = Files.readAllBytes(file);
        IEditorPart part = FileEditors.open(page(), file);
        settle(200);
        BeoordelingEditor editor = assertInstanceOf(BeoordelingEditor.class, part);
        assertTrue(editor.checklist() == null);
        List<String> texts = new ArrayList<>();
        collectLabels(editor.getSite().getShell(), texts);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Deze beoordeling kan niet worden gelezen") && t.contains("kapot.beoordeling")),
                texts.toString());
        editor.doSave(null);
        assertFalse(editor.isDirty());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aContributedInstrumentGetsTheSameFormWithoutCode() throws Exception {
        Path file = BeoordelingFixtures.nieuw(tmp, OK_TEAM, "OK-team Kamperpoort", "test-werkbankscan", "scan.beoordeling");
        BeoordelingEditor editor = open(file);
        ChecklistFormulier form = editor.checklist();
        assertNotNull(form);
        assertEquals(List.of("W Werkbank"), List.of(form.tabs().getItems()).stream().map(i -> i.getText()).toList());
        assertEquals("0 van 1 vragen beantwoord", form.voortgang(), "W.Q2 is not required");
        VraagBlok verhaal = blok(form, "W.Q2");
        assertInstanceOf(Text.class, verhaal.rijen().get(0).delen().get(0), "a TEKST part is a text field");
        VraagBlok deelnemers = blok(form, "W.Q1");
        assertTrue(((Button) deelnemers.rijen().get(0).delen().get(0)).getText().startsWith("deelnemers: "));
        choose(form.indicatorBlokken().get(0).oordeel(), Oordeel.ONVOLDOENDE.getName());
        settle(100);
        deelnemers.vlag().notifyListeners(SWT.Selection, new Event());
        settle(100);
        assertEquals("\u201CKijk wie er echt meedoet, niet wie op de lijst staat.\u201D", form.richtlijnTekst());
    }

    private static BeoordelingEditor open(Path file) {
        BeoordelingEditor editor = assertInstanceOf(BeoordelingEditor.class, FileEditors.open(page(), file));
        settle(300);
        return editor;
    }

    private static Actor actor(BeoordelingEditor editor, String naam) {
        return editor.document().model().getActoren().stream().filter(a -> naam.equals(a.getNaam())).findFirst().orElseThrow();
    }

    private static VraagBlok blok(ChecklistFormulier form, String vraagId) {
        return form.vraagBlokken().stream().filter(b -> b.vraag().id().equals(vraagId)).findFirst().orElseThrow();
    }

    static void collectLabels(Composite parent, List<String> texts) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label && child.isVisible()) {
                texts.add(label.getText());
            }
            if (child instanceof Composite composite) {
                collectLabels(composite, texts);
            }
        }
    }

    static void command(String id) throws Exception {
        window().getService(IHandlerService.class).executeCommand(id, null);
    }

    static void choose(Combo combo, String item) {
        combo.select(List.of(combo.getItems()).indexOf(item));
        combo.notifyListeners(SWT.Selection, new Event());
    }

    private static void click(Button button) {
        button.notifyListeners(SWT.Selection, new Event());
        settle(200);
    }

    private static void type(Text text, String value) {
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, new Event());
    }

    /** No two visible widgets of the form overlap: each composite's visible children lie apart, as laid out. */
    static void assertNoOverlaps(Composite composite) {
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

    /** The control's area in the screenshot of its window holds dark text on a light ground. */
    static void assertReadable(Path shot, Control control) {
        assertTrue(control.isVisible() && control.getSize().x > 150 && control.getSize().y > 60,
                "too small to read: " + control.getSize());
        Shell shell = control.getShell();
        ImageData image = new ImageLoader().load(shot.toString())[0];
        Rectangle area = Display.getCurrent().map(control.getParent(), null, control.getBounds());
        Rectangle window = shell.getBounds();
        int dark = 0;
        int light = 0;
        for (int y = Math.max(0, area.y - window.y); y < area.y - window.y + area.height && y < image.height; y++) {
            for (int x = Math.max(0, area.x - window.x); x < area.x - window.x + area.width && x < image.width; x++) {
                var rgb = image.palette.getRGB(image.getPixel(x, y));
                int brightness = (rgb.red + rgb.green + rgb.blue) / 3;
                if (brightness < 100) {
                    dark++;
                } else if (brightness > 200) {
                    light++;
                }
            }
        }
        assertTrue(dark > 150 && light > dark * 3, shot + ": " + dark + " dark, " + light + " light pixels");
    }
}
