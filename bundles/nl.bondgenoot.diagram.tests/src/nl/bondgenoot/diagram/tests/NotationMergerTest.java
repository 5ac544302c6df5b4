package nl.bondgenoot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.compare.FileMergers;
import nl.bondgenoot.compare.MergeResult;
import nl.bondgenoot.diagram.notation.Bounds;
import nl.bondgenoot.diagram.notation.MapViews;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.diagram.notation.NotationFile;
import nl.bondgenoot.diagram.notation.NotationMerger;

/** A .netwerkkaart merges by view name and element id, as `bondgenoot merge` (the Git merge driver) finds it. */
class NotationMergerTest {

    @TempDir
    Path folder;
    Path base;

    @BeforeEach
    void base() throws Exception {
        MapViews views = new MapViews();
        views.standard().put("gemeente", Bounds.at(40, 120));
        views.standard().put("travers", Bounds.at(300, 80));
        views.standard().put("okteam", new Bounds(300, 200, 260, 90));
        views.standard().putDisplay("okteam", Notation.CONTAINER);
        base = folder.resolve("basis.netwerkkaart");
        NotationFile.write(base, views);
    }

    private Path version(String name, Consumer<MapViews> change) throws Exception {
        MapViews views = NotationFile.read(base);
        change.accept(views);
        return Files.writeString(folder.resolve(name), NotationFile.format(views)); // another file than the one read
    }

    @Test
    void placesChangedOnDifferentElementsAndANewViewAllLand() throws Exception {
        Path ours = version("onze", v -> v.standard().put("gemeente", Bounds.at(60, 140)));
        Path theirs = version("hunne", v -> {
            v.standard().put("travers", Bounds.at(320, 40));
            v.standard().pin("travers", true);
            Notation rond = new Notation("Rond de gemeente");
            rond.put("gemeente", Bounds.at(0, 0));
            v.add(rond);
        });
        MergeResult result = new NotationMerger().merge(base, ours, theirs);
        assertTrue(result.clean(), () -> result.conflicts().toString());
        MapViews merged = NotationFile.read(ours);
        assertEquals(Bounds.at(60, 140), merged.standard().get("gemeente").orElseThrow());
        assertEquals(Bounds.at(320, 40), merged.standard().get("travers").orElseThrow());
        assertTrue(merged.standard().isPinned("travers"));
        assertEquals(List.of("Netwerkkaart", "Rond de gemeente"), merged.names());
        assertEquals(NotationFile.format(merged), Files.readString(ours), "written as every save writes it");
    }

    @Test
    void oneElementPlacedDifferentlyOnBothSidesKeepsOurPlaceWithAConflict() throws Exception {
        Path ours = version("onze", v -> v.standard().put("travers", Bounds.at(500, 500)));
        Path theirs = version("hunne", v -> {
            v.standard().put("travers", Bounds.at(10, 10));
            v.standard().put("gemeente", Bounds.at(45, 125));
        });
        MergeResult result = new NotationMerger().merge(base, ours, theirs);
        assertEquals(1, result.conflicts().size());
        assertEquals("Plaats in weergave 'Netwerkkaart' van travers: beide kanten legden het element anders neer; "
                + "onze plaats gehouden (wij: x 500, y 500; zij: x 10, y 10)", result.conflicts().get(0).text());
        MapViews merged = NotationFile.read(ours);
        assertEquals(Bounds.at(500, 500), merged.standard().get("travers").orElseThrow());
        assertEquals(Bounds.at(45, 125), merged.standard().get("gemeente").orElseThrow());
        String text = Files.readString(ours);
        assertFalse(text.contains("<<<<<<<"));
    }

    @Test
    void anElementTheirsAddedOrRemovedFollowsTheirs() throws Exception {
        Path ours = version("onze", v -> v.standard().put("gemeente", Bounds.at(60, 140)));
        Path theirs = version("hunne", v -> {
            v.standard().put("okteam", null);
            v.standard().putDisplay("okteam", null);
            v.standard().put("dekern", Bounds.at(700, 80));
        });
        assertTrue(new NotationMerger().merge(base, ours, theirs).clean());
        Notation merged = NotationFile.read(ours).standard();
        assertFalse(merged.contains("okteam"));
        assertTrue(merged.display("okteam").isEmpty());
        assertEquals(Bounds.at(700, 80), merged.get("dekern").orElseThrow());
    }

    @Test
    void theMergeDriverFindsTheNotationByItsContentSinceGitsTemporaryFilesHaveNoExtension() throws Exception {
        byte[] start = Files.readAllBytes(base);
        assertTrue(FileMergers.forFile(".merge_file_a1b2c3", start) instanceof NotationMerger);
        assertTrue(FileMergers.forFile("kaarten/regio.netwerkkaart", new byte[0]) instanceof NotationMerger);
        assertFalse(FileMergers.forFile("regio.bondgenoot", "<?xml version=\"1.0\"?>".getBytes(StandardCharsets.UTF_8))
                instanceof NotationMerger);
    }
}
