package nl.bondgenoot.compare.tests;

import static nl.bondgenoot.compare.tests.Models.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.launcher.ExitCode;
import nl.bondgenoot.model.Antwoord;
import nl.bondgenoot.model.Antwoordstatus;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Indicatoroordeel;
import nl.bondgenoot.model.Oordeel;
import nl.bondgenoot.model.Respondent;
import nl.bondgenoot.model.instrumenten.Instrumenten;
import nl.bondgenoot.model.persistence.BeoordelingFiles;
import nl.bondgenoot.model.persistence.ModelFiles;

/**
 * Assessment files (.beoordeling) are compared and merged by element id like models: `bondgenoot diff A B`
 * names what changed, and `bondgenoot merge` (the Git merge driver) merges two branches' answers, also when
 * Git hands it temporary files away from the model.
 */
class BeoordelingCompareTest {

    @TempDir
    Path folder;

    private Path model;
    private Path base;

    @BeforeEach
    void anAssessmentBesideItsModel() throws Exception {
        model = Models.base(folder, "regio.bondgenoot");
        Governancemodel loaded = ModelFiles.load(model);
        base = folder.resolve("regio-checklist.beoordeling");
        Beoordeling b = BeoordelingFiles.create(loaded, null, Instrumenten.CHECKLIST_WMO_PRAKTIJKEN, base);
        Respondent respondent = BondgenootFactory.eINSTANCE.createRespondent();
        respondent.setActor(actor(loaded, TRAVERS));
        respondent.setRol("medewerker partnerorganisatie");
        b.getRespondenten().add(respondent);
        b.getAntwoorden().add(antwoord("A.Q4", Antwoordstatus.ONBEKEND, respondent));
        BeoordelingFiles.save(b);
    }

    /** A copy of the base assessment, changed, under {@code name} beside the model. */
    private Path variant(String name, Consumer<Beoordeling> change) throws Exception {
        Path copy = Files.copy(base, folder.resolve(name));
        Beoordeling b = BeoordelingFiles.load(copy);
        change.accept(b);
        BeoordelingFiles.save(b);
        return copy;
    }

    @Test
    void diffNamesTheChangedAnswerAndTheAddedJudgement() throws Exception {
        Path b = variant("b.beoordeling", x -> {
            x.getAntwoorden().get(0).setStatus(Antwoordstatus.DEELS);
            x.getIndicatoroordelen().add(oordeel("A.I2", Oordeel.ONVOLDOENDE));
        });
        Run run = Run.cli("diff", base.toString(), b.toString());
        assertEquals(ExitCode.FINDINGS, run.exit(), run.err());
        assertTrue(run.out().contains("1 toegevoegd, 0 verwijderd, 1 gewijzigd, 0 verplaatst"), run.out());
        assertTrue(run.out().contains("deels"), run.out());
        Run same = Run.cli("diff", base.toString(), Files.copy(base, folder.resolve("c.beoordeling")).toString());
        assertEquals(ExitCode.OK, same.exit(), same.out() + same.err());
    }

    @Test
    void twoBranchesAnswersMergeInGitsTemporaryFilesAwayFromTheModel() throws Exception {
        Path ours = variant("ours.beoordeling", x -> x.getAntwoorden().get(0).setStatus(Antwoordstatus.JA));
        Path theirs = variant("theirs.beoordeling", x -> {
            Respondent projectleider = BondgenootFactory.eINSTANCE.createRespondent();
            projectleider.setActor(actor(x.getModel(), GEMEENTE));
            projectleider.setRol("projectleider gemeente");
            x.getRespondenten().add(projectleider);
            x.getAntwoorden().add(antwoord("A.Q4", Antwoordstatus.DEELS, projectleider));
            x.getIndicatoroordelen().add(oordeel("A.I2", Oordeel.DEELS));
        });
        // Git's %O %A %B: files without extension in another folder than the model.
        Path git = Files.createDirectory(folder.resolve("git"));
        Path o = Files.copy(base, git.resolve(".merge_file_o"));
        Path a = Files.copy(ours, git.resolve(".merge_file_a"));
        Path b = Files.copy(theirs, git.resolve(".merge_file_b"));
        Run run = Run.cli("merge", o.toString(), a.toString(), b.toString(), "regio-checklist.beoordeling");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertEquals("", run.err());
        String merged = Files.readString(a);
        assertFalse(merged.contains("<<<<<<<"));
        assertTrue(merged.contains("href=\"regio.bondgenoot#" + GEMEENTE + "\""), "their respondent's actor, href as written: " + merged);
        Path result = Files.writeString(folder.resolve("regio-checklist.beoordeling"), merged);
        Beoordeling loaded = BeoordelingFiles.load(result);
        assertEquals(2, loaded.getRespondenten().size());
        assertSame(actor(loaded.getModel(), GEMEENTE), loaded.getRespondenten().get(1).getActor());
        assertEquals(Antwoordstatus.JA, loaded.getAntwoorden().get(0).getStatus());
        assertEquals(Antwoordstatus.DEELS, loaded.getAntwoorden().get(1).getStatus());
        assertEquals(Oordeel.DEELS, loaded.getIndicatoroordelen().get(0).getOordeel());
    }

    @Test
    void bothBranchesAnsweringOneQuestionDifferentlyIsAConflictOursKept() throws Exception {
        Path ours = variant("ours.beoordeling", x -> x.getAntwoorden().get(0).setStatus(Antwoordstatus.JA));
        Path theirs = variant("theirs.beoordeling", x -> x.getAntwoorden().get(0).setStatus(Antwoordstatus.NEE));
        Run run = Run.cli("merge", base.toString(), ours.toString(), theirs.toString(), "regio-checklist.beoordeling");
        assertEquals(ExitCode.FINDINGS, run.exit(), run.err());
        assertTrue(run.err().startsWith("bondgenoot merge: regio-checklist.beoordeling: 1 conflict (onze versie gehouden):"), run.err());
        assertTrue(run.err().contains("wij: ja; zij: nee"), run.err());
        assertEquals(Antwoordstatus.JA, BeoordelingFiles.load(ours).getAntwoorden().get(0).getStatus());
    }

    private static Antwoord antwoord(String vraag, Antwoordstatus status, Respondent respondent) {
        Antwoord a = BondgenootFactory.eINSTANCE.createAntwoord();
        a.setVraagId(vraag);
        a.setStatus(status);
        a.setRespondent(respondent);
        return a;
    }

    private static Indicatoroordeel oordeel(String indicator, Oordeel waarde) {
        Indicatoroordeel o = BondgenootFactory.eINSTANCE.createIndicatoroordeel();
        o.setIndicatorId(indicator);
        o.setOordeel(waarde);
        return o;
    }
}
