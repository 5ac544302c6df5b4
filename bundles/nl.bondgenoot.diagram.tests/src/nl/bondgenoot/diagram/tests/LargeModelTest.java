package nl.bondgenoot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.diagram.model.MapSize;
import nl.bondgenoot.diagram.server.DiagramServer;
import nl.bondgenoot.model.persistence.ModelFiles;

/**
 * A model larger than the map draws is refused before the map is built, with a Dutch message on the
 * page, instead of a page that says "loading" while the server fills its memory.
 */
class LargeModelTest {

    @TempDir
    Path folder;

    /** The kern example with this many actors more (a generated file, as large models come). */
    private Path kernWith(int extraActors) throws Exception {
        StringBuilder actors = new StringBuilder();
        for (int i = 0; i < extraActors; i++) {
            actors.append(String.format("  <actoren id=\"00000000-0000-4000-8000-%012d\" naam=\"Actor %d\" categorie=\"MAATSCHAPPELIJKE_ORGANISATIE\""
                    + " soort=\"welzijn\"/>%n", i, i));
        }
        String kern = Files.readString(Path.of(System.getProperty("bondgenoot.root", "../.."), "examples/skelet/kamperpoort-kern.bondgenoot"));
        Path model = folder.resolve("groot.bondgenoot");
        Files.writeString(model, kern.replace("  <netwerken ", actors + "  <netwerken "));
        return model;
    }

    @Test
    void theLimitCountsWhatTheMapWouldDrawAndSaysWhatToDo() throws Exception {
        // The kern example draws 5 actors and 1 netwerk.
        assertEquals(Optional.empty(), MapSize.problem(Path.of("groot.bondgenoot"), ModelFiles.load(kernWith(MapSize.MAX_NODES - 6))));
        String problem = MapSize.problem(Path.of("groot.bondgenoot"), ModelFiles.load(kernWith(MapSize.MAX_NODES - 5))).orElseThrow();
        assertTrue(problem.startsWith("groot.bondgenoot: te groot voor de netwerkkaart: 5.001 actoren, netwerken en convenanten met 5 lijnen"),
                problem);
        assertTrue(problem.contains("hoogstens 5.000") && problem.contains("eigen, kleiner model"), problem);
    }

    @Test
    void thePageOfATooLargeModelGetsTheReasonInDutchAndNoMap() throws Exception {
        Path model = kernWith(MapSize.MAX_NODES);
        DiagramServer server = new DiagramServer(model);
        server.start();
        try (GlspSocket page = GlspSocket.session(server, "groot")) {
            String message = page.await(m -> m.contains("\"kind\":\"message\""), "the reason on the page");
            assertTrue(message.contains("\"severity\":\"ERROR\"") && message.contains("te groot voor de netwerkkaart"), message);
            assertFalse(message.contains("GLSP-Server"), message);
            page.drain();
            page.process("{\"kind\":\"requestModel\",\"requestId\":\"r2\",\"options\":{\"sourceUri\":\"model\",\"diagramType\":\"netwerkkaart\"}}");
            String again = page.await(m -> m.contains("\"kind\":\"message\"") || m.contains("\"kind\":\"setModel\""), "the second answer");
            assertTrue(again.contains("te groot voor de netwerkkaart"), "never a map: " + again);
            assertFalse(page.isClosed());
        } finally {
            server.shutdown();
        }
    }
}
