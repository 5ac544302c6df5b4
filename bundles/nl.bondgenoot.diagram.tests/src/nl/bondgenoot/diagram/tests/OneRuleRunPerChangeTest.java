package nl.bondgenoot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.diagram.handlers.ApplyLabelEditHandler;

/**
 * The netwerkkaart's look asks for the worst rule finding per element (the filter "Vervaag wat in
 * orde is"), and its markers for the findings: the rules run once per state of the model, not once
 * for the look of every redraw and again for the markers.
 */
class OneRuleRunPerChangeTest {

    private static final String GEMEENTE = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1101";

    @TempDir
    Path folder;

    @Test
    void theRulesRunOncePerChangeOfTheModelForTheLookAndTheMarkersTogether() throws Exception {
        DiagramSession session = DiagramSession.openCopy(folder, "examples/skelet/kamperpoort-kern.bondgenoot");
        int opened = CountingRuleSet.RUNS.get();
        session.markers();
        session.draw();
        session.markers();
        assertEquals(opened, CountingRuleSet.RUNS.get(), "redrawing and asking for the markers again judge nothing anew");

        assertTrue(session.run(ApplyLabelEditHandler.class, new ApplyLabelEditOperation(GEMEENTE + "/label:naam", "Gemeente Zwolle (college)")));
        session.markers();
        session.draw();
        session.markers();
        assertEquals(opened + 1, CountingRuleSet.RUNS.get(), "one edit: one judgement for the redraw and the markers");

        session.undo();
        session.markers();
        assertEquals(opened + 2, CountingRuleSet.RUNS.get(), "an undo changes the model: judged once more");
        assertTrue(session.markers().stream().noneMatch(m -> m.getLabel().equals("TEST-TEL")), "the counting rule finds nothing");
    }

    @Test
    void aProfileChangedWhileTheMapIsOpenCountsFromTheNextJudgement() throws Exception {
        DiagramSession session = DiagramSession.openCopy(folder, "examples/skelet/kamperpoort-te-klein.bondgenoot");
        String rule = session.markers().stream().map(m -> m.getLabel()).filter(l -> l.matches("[A-Z]+-\\d+")).findFirst()
                .orElseThrow(() -> new AssertionError("the model that is too small has findings"));

        Files.writeString(folder.resolve("bondgenoot.profiel"), rule + " = uit\n");
        assertFalse(session.markers().stream().anyMatch(m -> m.getLabel().equals(rule)),
                "the model did not change, but the profile did: " + rule + " is off from now on");

        Files.delete(folder.resolve("bondgenoot.profiel"));
        assertTrue(session.markers().stream().anyMatch(m -> m.getLabel().equals(rule)), "without the profile it counts again");
    }
}
