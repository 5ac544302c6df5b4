package nl.bondgenoot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.diagram.export.NetwerkkaartExport;
import nl.bondgenoot.diagram.model.LookArgs;
import nl.bondgenoot.diagram.handlers.AutoLayoutHandler;
import nl.bondgenoot.diagram.handlers.AutoLayoutOperation;
import nl.bondgenoot.diagram.handlers.ViewStateHandler;
import nl.bondgenoot.diagram.handlers.ViewStateOperation;
import nl.bondgenoot.diagram.notation.Bounds;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.diagram.notation.NotationFile;

/** A view's layers, filters and pinned elements: changed on the map, undoable, saved, and respected by layout and export. */
class ViewStateTest {

    private static final String TRAVERS = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1102";
    private static final String DE_KERN = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1103";

    @TempDir
    Path folder;

    private DiagramSession session;

    @BeforeEach
    void open() throws Exception {
        session = DiagramSession.openCopy(folder, "examples/skelet/kamperpoort-kern.bondgenoot");
    }

    @Test
    void aPinnedElementStaysWhereItIsWhenTheMapIsLaidOut() {
        Bounds travers = session.state.getNotation().get(TRAVERS).orElseThrow();
        assertTrue(session.run(ViewStateHandler.class, new ViewStateOperation("vast", "", List.of(TRAVERS), true)));
        assertTrue(session.state.getNotation().isPinned(TRAVERS));
        GNode drawn = session.drawn(GNode.class, "node:actor").stream().filter(n -> n.getId().equals(TRAVERS)).findFirst().orElseThrow();
        assertEquals(true, drawn.getArgs().get(LookArgs.PINNED), "the map shows the pin");
        Bounds kern = session.state.getNotation().get(DE_KERN).orElseThrow();
        assertTrue(session.run(AutoLayoutHandler.class, new AutoLayoutOperation("stress")));
        assertEquals(travers, session.state.getNotation().get(TRAVERS).orElseThrow(), "pinned: not moved");
        assertFalse(kern.equals(session.state.getNotation().get(DE_KERN).orElseThrow()), "the others are laid out");
        session.undo();
        session.undo();
        assertFalse(session.state.getNotation().isPinned(TRAVERS), "pinning is undone like any edit");
    }

    @Test
    void layersAndFiltersAreSavedWithTheViewAndTheExportLeavesOutWhatTheyHide() throws Exception {
        assertTrue(session.run(ViewStateHandler.class, new ViewStateOperation("laag", "lidmaatschappen", List.of(), false)));
        assertTrue(session.run(ViewStateHandler.class, new ViewStateOperation("filter", "bevindingen", List.of(), true)));
        assertFalse(session.run(ViewStateHandler.class, new ViewStateOperation("laag", "bestaat-niet", List.of(), false)),
                "only the description's layers");
        assertEquals(Map.of("lidmaatschappen", false), session.state.getNotation().layers());
        assertEquals(List.of("bevindingen"), session.state.getNotation().filters());

        // saved with the view, read back, and the export (which draws what the view says) leaves the memberships out
        Path notationFile = folder.resolve("kern.netwerkkaart");
        nl.bondgenoot.model.persistence.AtomicWrite.writeString(notationFile, NotationFile.format(session.state.getViews()));
        Notation read = NotationFile.read(notationFile).standard();
        assertEquals(Map.of("lidmaatschappen", false), read.layers());
        String svg = NetwerkkaartExport.svg(session.state.getModel(), read);
        assertFalse(svg.contains("class=\"lidmaatschap"), "no memberships in the export");
        assertTrue(svg.contains("class=\"vervaagd\""), "what has no finding is faded");
        assertTrue(session.drawn(GEdge.class, "edge:lidmaatschap").size() > 0, "the map still has them (the browser hides them)");
    }
}
