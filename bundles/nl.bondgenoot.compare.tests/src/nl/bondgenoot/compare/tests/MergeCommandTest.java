package nl.bondgenoot.compare.tests;

import static nl.bondgenoot.compare.tests.Models.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.launcher.ExitCode;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.soorten.ActorSoortId;

/** `bondgenoot merge BASE OURS THEIRS [PATH]` as Git calls it: the result in OURS, the exit code, the Dutch report. */
class MergeCommandTest {

    @TempDir
    Path folder;

    @Test
    void aCleanMergeWritesTheResultIntoOursAndExitsZero() throws Exception {
        Path base = base(folder, "basis.bondgenoot");
        Path ours = variant(base, folder.resolve("onze"), model -> actor(model, TRAVERS).setSoort(ActorSoortId.valueOf("ggz")));
        Path theirs = variant(base, folder.resolve("hunne"), model -> actor(model, DE_KERN).setNaam("De Kern Zwolle"));
        Run run = Run.cli("merge", base.toString(), ours.toString(), theirs.toString(), "netwerken/regio.bondgenoot");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertEquals("", run.err());
        Governancemodel merged = ModelFiles.load(ours);
        assertEquals("ggz", actor(merged, TRAVERS).getSoort().toString());
        assertEquals("De Kern Zwolle", actor(merged, DE_KERN).getNaam());
    }

    @Test
    void aConflictIsReportedPerElementUnderTheWorkTreePathAndExitsOne() throws Exception {
        Path base = base(folder, "basis.bondgenoot");
        Path ours = variant(base, folder.resolve("onze"), model -> actor(model, TRAVERS).setSoort(ActorSoortId.valueOf("ggz")));
        Path theirs = variant(base, folder.resolve("hunne"), model -> actor(model, TRAVERS).setSoort(ActorSoortId.valueOf("jeugdzorg")));
        Run run = Run.cli("merge", base.toString(), ours.toString(), theirs.toString(), "netwerken/regio.bondgenoot");
        assertEquals(ExitCode.FINDINGS, run.exit());
        assertEquals("bondgenoot merge: netwerken/regio.bondgenoot: 1 conflict (onze versie gehouden):\n"
                + "  Actor 'Travers', Soort: beide kanten wijzigden dit, elk anders; wij gehouden (wij: ggz; zij: jeugdzorg)\n",
                run.err());
        String text = Files.readString(ours);
        assertFalse(text.contains("<<<<<<<") || text.contains(">>>>>>>"));
        assertEquals("ggz", actor(ModelFiles.load(ours), TRAVERS).getSoort().toString());
    }

    @Test
    void anUnreadableVersionLeavesOursAsItWasAndExitsTwo() throws Exception {
        Path base = base(folder, "basis.bondgenoot");
        Path ours = variant(base, folder.resolve("onze"), model -> actor(model, TRAVERS).setSoort(ActorSoortId.valueOf("ggz")));
        byte[] before = Files.readAllBytes(ours);
        Path theirs = Files.writeString(folder.resolve("hunne"), "<?xml version=\"1.0\"?>\n<bondgenoot:Governancemodel id=");
        Run run = Run.cli("merge", base.toString(), ours.toString(), theirs.toString(), "regio.bondgenoot");
        assertEquals(ExitCode.USAGE_OR_INPUT, run.exit());
        assertTrue(run.err().startsWith("bondgenoot merge: regio.bondgenoot: niet samengevoegd, onze versie blijft: " + theirs),
                run.err());
        assertArrayEquals(before, Files.readAllBytes(ours));
    }

    @Test
    void aWrongCallSaysHowToUseIt() throws Exception {
        Run run = Run.cli("merge", "a", "b");
        assertEquals(ExitCode.USAGE_OR_INPUT, run.exit());
        assertTrue(run.err().contains("Gebruik: bondgenoot merge BASIS ONZE HUNNE [PAD]"), run.err());
    }
}
