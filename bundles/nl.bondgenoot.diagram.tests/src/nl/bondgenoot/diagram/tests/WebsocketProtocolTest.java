package nl.bondgenoot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.diagram.notation.NotationFile;
import nl.bondgenoot.diagram.server.DiagramServer;

/**
 * The real server over its websocket, with the messages the browser sends (as recorded from the GLSP
 * web client), for what the handler tests cannot see: whether the server can read them at all.
 */
class WebsocketProtocolTest {

    private static final String DE_KERN = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1103";
    private static final String OK_TEAM = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1201";
    private static final String TRAVERS = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1102";

    @TempDir
    Path folder;

    private DiagramServer server;
    private GlspSocket session;

    @BeforeEach
    void connect() throws Exception {
        server = GlspSocket.kernServer(folder);
        session = GlspSocket.session(server, "test");
        session.await(m -> m.contains("\"kind\":\"setModel\""), "the model");
    }

    @AfterEach
    void disconnect() {
        if (session != null) {
            session.close();
        }
        if (server != null) {
            server.shutdown();
        }
    }

    private void process(String action) throws Exception {
        session.process(action);
    }

    private String awaitMessage(Predicate<String> wanted, String what) throws InterruptedException {
        return session.await(wanted, what);
    }

    @Test
    void aMoveAsTheBrowserSendsItIsDoneAndSaved() throws Exception {
        // Moving a node: the browser sends its new bounds together with the routes of its edges.
        process("{\"kind\":\"compound\",\"isOperation\":true,\"operationList\":["
                + "{\"kind\":\"changeBounds\",\"isOperation\":true,\"newBounds\":[{\"elementId\":\"" + DE_KERN + "\","
                + "\"newPosition\":{\"x\":321,\"y\":234},\"newSize\":{\"width\":172,\"height\":52}}]},"
                + "{\"kind\":\"changeRoutingPoints\",\"isOperation\":true,\"newRoutingPoints\":[{\"elementId\":\"" + OK_TEAM + "/lid/"
                + DE_KERN + "\",\"newRoutingPoints\":[]}]}]}");
        String update = awaitMessage(m -> m.contains("\"kind\":\"updateModel\"") || m.contains("\"kind\":\"setModel\""), "the moved map");
        assertTrue(update.contains("321"), "the node is drawn at its new place");

        process("{\"kind\":\"saveModel\"}");
        awaitMessage(m -> m.contains("\"isDirty\":false"), "the save");
        String notation = Files.readString(NotationFile.besides(folder.resolve("kern.bondgenoot")));
        String line = notation.lines().filter(l -> l.contains(DE_KERN)).findFirst().orElse(null);
        assertNotNull(line, notation);
        assertTrue(line.contains("\"x\": 321, \"y\": 234"), line);
        assertFalse(line.contains("breedte"), "a move stores no size: " + line);
        assertFalse(session.isClosed(), "the session lives on");
    }

    /**
     * Two browser tabs on one server: one model, one command stack. What one tab does is drawn in the
     * other, an undo in either undoes the last edit of both, and a save from either keeps both tabs'
     * edits (before, each tab kept a model of its own and the last save silently dropped the other's).
     */
    @Test
    void twoTabsOnOneServerShareTheModelTheUndoAndTheSave() throws Exception {
        try (GlspSocket second = GlspSocket.session(server, "tweede")) {
            second.await(m -> m.contains("\"kind\":\"setModel\""), "the model in the second tab");
            session.drain();
            second.drain();

            // Tab 1 moves De Kern: tab 2 draws it there.
            process("{\"kind\":\"changeBounds\",\"isOperation\":true,\"newBounds\":[{\"elementId\":\"" + DE_KERN + "\","
                    + "\"newPosition\":{\"x\":321,\"y\":234},\"newSize\":{\"width\":172,\"height\":52}}]}");
            String moved = second.await(m -> m.contains("\"kind\":\"updateModel\"") || m.contains("\"kind\":\"setModel\""),
                    "tab 1's move in tab 2");
            assertTrue(moved.contains("321"), "tab 2 draws De Kern where tab 1 put it");

            // Tab 2 renames Travers: tab 1 draws the new name.
            second.process("{\"kind\":\"applyLabelEdit\",\"isOperation\":true,\"labelId\":\"" + TRAVERS
                    + "/label:naam\",\"text\":\"Travers Welzijn\"}");
            awaitMessage(m -> m.contains("Travers Welzijn"), "tab 2's rename in tab 1");
            second.await(m -> m.contains("Travers Welzijn"), "tab 2's rename in tab 2");

            // Undo in tab 1 undoes the last edit, tab 2's rename, in both tabs.
            process("{\"kind\":\"glspUndo\"}");
            second.await(m -> (m.contains("\"kind\":\"updateModel\"") || m.contains("\"kind\":\"setModel\""))
                    && !m.contains("Travers Welzijn") && m.contains("\"Travers\""), "the shared undo of tab 2's rename, drawn in tab 2");
            session.drain();
            second.process("{\"kind\":\"glspRedo\"}");
            awaitMessage(m -> m.contains("Travers Welzijn"), "the redo from tab 2 in tab 1");

            // Tab 2 saves: the file has tab 1's move and tab 2's rename.
            second.process("{\"kind\":\"saveModel\"}");
            second.await(m -> m.contains("\"isDirty\":false"), "the save");
            Path model = folder.resolve("kern.bondgenoot");
            assertTrue(Files.readString(model).contains("naam=\"Travers Welzijn\""), "tab 2's rename is saved");
            assertTrue(Files.readString(NotationFile.besides(model)).lines().anyMatch(l -> l.contains(DE_KERN) && l.contains("\"x\": 321")),
                    "tab 1's move is saved by tab 2");
        }
        // The second tab is closed: the first goes on editing alone.
        process("{\"kind\":\"applyLabelEdit\",\"isOperation\":true,\"labelId\":\"" + TRAVERS + "/label:naam\",\"text\":\"Travers\"}");
        awaitMessage(m -> m.contains("\"kind\":\"updateModel\"") || m.contains("\"kind\":\"setModel\""), "tab 1 alone");
        assertFalse(session.isClosed());
    }
}
