package nl.bondgenoot.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.compare.FileMergers;
import nl.bondgenoot.compare.MergeResult;

/**
 * A tool builder's merger, contributed by this fragment's fragment.xml (the SDK guide's worked example for
 * nl.bondgenoot.compare.mergers): the files it accepts are handed to it, the others still to the model merger.
 */
class ContributedMergerTest {

    @TempDir
    Path folder;

    @Test
    void aContributedKindOfFileIsMergedByTheContributedMerger() throws Exception {
        assertInstanceOf(NamenMerger.class, FileMergers.forFile("team.namen", new byte[0]));
        assertFalse(FileMergers.forFile("regio.bondgenoot", new byte[0]) instanceof NamenMerger);
        Path base = Files.writeString(folder.resolve("basis"), "Anna\nBram\nCor\n");
        Path ours = Files.writeString(folder.resolve("onze"), "Anna\nBram\nCor\nDirk\n");
        Path theirs = Files.writeString(folder.resolve("hunne"), "Anna\nCor\nEva\n");
        // what `bondgenoot merge BASE OURS THEIRS wijk/team.namen` does with the merger it is handed
        MergeResult result = FileMergers.forFile("wijk/team.namen", Files.readAllBytes(ours)).merge(base, ours, theirs);
        assertTrue(result.clean());
        assertEquals(2, result.taken(), "Bram removed, Eva added");
        assertEquals(List.of("Anna", "Cor", "Dirk", "Eva"), Files.readAllLines(ours, StandardCharsets.UTF_8));
    }
}
