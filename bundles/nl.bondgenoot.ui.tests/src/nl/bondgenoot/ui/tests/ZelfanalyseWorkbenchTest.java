package nl.bondgenoot.ui.tests;

import static nl.bondgenoot.ui.tests.UiTestSupport.page;
import static nl.bondgenoot.ui.tests.UiTestSupport.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.beoordeling.ui.BeoordelingEditor;
import nl.bondgenoot.beoordeling.ui.NieuweBeoordelingWizard;
import nl.bondgenoot.beoordeling.ui.PlateauFormulier;
import nl.bondgenoot.beoordeling.ui.ZelfanalyseFormulier;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.instrumenten.Instrumenten;
import nl.bondgenoot.model.persistence.BeoordelingFiles;
import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.editor.FileEditors;
import nl.bondgenoot.ui.project.ProjectExplorerView;

/**
 * The zelfanalyse scored jointly and by a party with its web diagram (the report bundle's SVG in the
 * workbench's browser), compared with an earlier assessment of the same practice; an ambition table with
 * the chosen plateaus; and an assessment made by the new-assessment wizard's code, beside its model.
 */
class ZelfanalyseWorkbenchTest {

    private static final String OK_TEAM = "ok-team-kamperpoort.bondgenoot";

    @TempDir
    Path tmp;

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        settle(200);
    }

    @Test
    void scoresPerPartyAndJointlyWithTheRadarComparedOverTime() throws Exception {
        // An earlier zelfanalyse of the practice, scored jointly 2 on every kenmerk.
        Path eerder = BeoordelingFixtures.nieuw(tmp, OK_TEAM, "OK-team Kamperpoort", Instrumenten.ZELFANALYSE_BONDGENOOTSCHAP,
                "zelfanalyse-2025.beoordeling");
        Beoordeling vorige = BeoordelingFiles.load(eerder);
        vorige.setDatum(BeoordelingFiles.datum(LocalDate.of(2025, 11, 1)));
        for (var kenmerk : Instrumenten.zelfanalyseBondgenootschap().items()) {
            var score = nl.bondgenoot.model.BondgenootFactory.eINSTANCE.createKenmerkscore();
            score.setKenmerkId(kenmerk.id());
            score.setScore(2);
            vorige.getScores().add(score);
        }
        BeoordelingFiles.save(vorige);

        Path file = BeoordelingFixtures.nieuw(tmp, OK_TEAM, "OK-team Kamperpoort", Instrumenten.ZELFANALYSE_BONDGENOOTSCHAP,
                "zelfanalyse-2026.beoordeling");
        BeoordelingEditor editor = assertInstanceOf(BeoordelingEditor.class, FileEditors.open(page(), file));
        settle(300);
        ZelfanalyseFormulier form = editor.zelfanalyse();
        assertNotNull(form);
        assertEquals(17, form.cellen().size(), "the seed's 17 kenmerken");

        // Jointly 4 on every kenmerk; the gemeente scores itself 3 on the first.
        for (List<Combo> rij : form.cellen().values()) {
            BeoordelingEditorTest.choose(rij.get(0), "4");
        }
        Actor gemeente = editor.document().model().getActoren().stream().filter(a -> "Gemeente Zwolle".equals(a.getNaam()))
                .findFirst().orElseThrow();
        form.voegPartijToe(gemeente);
        settle(200);
        Combo first = form.cellen().values().iterator().next().get(1);
        BeoordelingEditorTest.choose(first, "3");
        settle(300);
        assertEquals(18, editor.document().beoordeling().getScores().size());

        // The radar as the report draws it: a spoke per kenmerk, a line jointly and one for the gemeente.
        Browser radar = form.radar();
        assertNotNull(radar, "the workbench has a browser (WebKitGTK)");
        awaitRadar(radar, "Gemeente Zwolle");
        for (var kenmerk : Instrumenten.zelfanalyseBondgenootschap().items()) {
            assertEquals("true", UiTestSupport.evaluate(radar, "return String(document.querySelector('svg [data-id=\"" + kenmerk.id()
                    + "\"]') != null)"), kenmerk.id() + " is a spoke of the radar");
        }
        assertTrue(svgText(radar).contains("Alle partijen samen"), svgText(radar));

        // Compared with the earlier one: the differences per kenmerk, both dates in the radar.
        form.vergelijkMet(eerder);
        settle(300);
        assertEquals(17, form.verschillen().getItemCount());
        TableItem row = form.verschillen().getItem(0);
        assertEquals(List.of("4", "2", "+2"), List.of(row.getText(1), row.getText(2), row.getText(3)));
        awaitRadar(radar, "2025");
        // The whole chart fits the panel: no label cut off at its edge.
        assertEquals("true", UiTestSupport.evaluate(radar,
                "return String(document.querySelector('svg').getBoundingClientRect().right <= window.innerWidth + 1)"));

        Path shot = UiTestSupport.maximised(editor, "beoordeling-zelfanalyse.png",
                png -> BeoordelingEditorTest.assertReadable(png, form.verschillen()));
        assertTrue(Files.size(shot) > 20_000, "screenshot too small to show the radar: " + shot);

        // Undo the gemeente's score: its series leaves the file.
        BeoordelingEditorTest.command("org.eclipse.ui.edit.undo");
        settle(200);
        assertEquals(17, editor.document().beoordeling().getScores().size());
    }

    private static String svgText(Browser radar) {
        return UiTestSupport.evaluate(radar, "var s = document.querySelector('svg'); return s == null ? '' : s.textContent");
    }

    private static void awaitRadar(Browser radar, String text) {
        UiTestSupport.await(() -> svgText(radar).contains(text),
                () -> "the radar shows '" + text + "': " + UiTestSupport.evaluate(radar, "return document.body.innerHTML.slice(0, 300)"));
    }

    @Test
    void anAmbitionTableKeepsTheChosenPlateaus() throws Exception {
        Path file = BeoordelingFixtures.nieuw(tmp, OK_TEAM, "OK-team Kamperpoort", Instrumenten.AMBITIETABEL_GEMEENTEN,
                "ambitie.beoordeling");
        BeoordelingEditor editor = assertInstanceOf(BeoordelingEditor.class, FileEditors.open(page(), file));
        settle(300);
        PlateauFormulier form = editor.plateaus();
        assertNotNull(form);
        assertEquals(19, form.rijen().size(), "S2 Tabel 5 has 19 ambities");
        PlateauFormulier.Rij rij = form.rijen().values().iterator().next();
        BeoordelingEditorTest.choose(rij.huidig(), "1");
        BeoordelingEditorTest.choose(rij.ambitie(), "5");
        settle(200);
        // From plateau 1 to 5 is too ambitious (S2:1588-1595): PLT-1 says so under the ambition.
        assertTrue(rij.bevinding().isVisible() && rij.bevinding().getText().contains("[PLT-1]"), rij.bevinding().getText());
        BeoordelingEditorTest.choose(rij.ambitie(), "2");
        settle(200);
        assertFalse(rij.bevinding().isVisible(), rij.bevinding().getText());
        BeoordelingEditorTest.choose(rij.ambitie(), "5");
        settle(200);
        editor.doSave(null);
        Beoordeling saved = BeoordelingFiles.load(file);
        assertEquals(1, saved.getPlateaukeuzes().size());
        assertEquals(List.of(1, 5), List.of(saved.getPlateaukeuzes().get(0).getHuidig(), saved.getPlateaukeuzes().get(0).getAmbitie()));
    }

    @Test
    void theWizardWritesTheAssessmentBesideTheModelNeverOverAFileAndTheProjectShowsIt() throws Exception {
        Path model = tmp.resolve(OK_TEAM);
        Files.copy(BeoordelingFixtures.NETWERKEN.resolve(OK_TEAM), model);
        Path file = NieuweBeoordelingWizard.maak(model, "OK-team Kamperpoort",
                Instrumenten.vereist(Instrumenten.CHECKLIST_WMO_PRAKTIJKEN), "2026-12-01", tmp.resolve("nieuw.beoordeling"));
        Beoordeling made = BeoordelingFiles.load(file);
        assertEquals("OK-team Kamperpoort", made.getOnderwerp().getNaam());
        assertEquals("2026-12-01", made.getDatum().toXMLFormat());
        assertEquals(List.of(file), BeoordelingFiles.beoordelingenVan(model));
        byte[] before = Files.readAllBytes(file);
        try {
            NieuweBeoordelingWizard.maak(model, null, Instrumenten.vereist(Instrumenten.CHECKLIST_WMO_PRAKTIJKEN), "", file);
            throw new AssertionError("an existing file was overwritten");
        } catch (java.io.IOException expected) {
            assertTrue(expected.getMessage().contains("bestaat al"), expected.getMessage());
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));

        // The Projectverkenner shows the assessment beside its model and opens it in the form editor.
        BondgenootUi.project().open(tmp);
        ProjectExplorerView explorer = (ProjectExplorerView) page().findView(ProjectExplorerView.ID);
        explorer.setFocus();
        settle(200);
        List<String> shown = java.util.Arrays.stream(explorer.viewer().getTree().getItems()).map(TreeItem::getText).toList();
        assertTrue(shown.contains("nieuw.beoordeling") && shown.contains(OK_TEAM), shown.toString());
        explorer.open(file);
        settle(300);
        assertInstanceOf(BeoordelingEditor.class, page().getActiveEditor());
    }
}
