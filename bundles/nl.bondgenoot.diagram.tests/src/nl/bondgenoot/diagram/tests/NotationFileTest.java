package nl.bondgenoot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.diagram.notation.Bounds;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.diagram.notation.NotationException;
import nl.bondgenoot.diagram.notation.NotationFile;

/** The notation file: next to the model, one line per element sorted by id, read back exactly, broken files refused. */
class NotationFileTest {

    @TempDir
    Path folder;

    @Test
    void liesNextToTheModel() {
        assertEquals(Path.of("/p/kern.netwerkkaart"), NotationFile.besides(Path.of("/p/kern.bondgenoot")));
    }

    @Test
    void writesSortedLinesAndReadsThemBack() throws Exception {
        Notation notation = new Notation();
        notation.put("b-actor", Bounds.at(300.25, -20));
        notation.put("a-netwerk", new Bounds(10, 20, 260, 90));
        notation.putDisplay("a-netwerk", Notation.CONTAINER);
        Path file = folder.resolve("kern.netwerkkaart");
        NotationFile.write(file, notation);

        List<String> lines = Files.readAllLines(file);
        assertEquals("  \"formaat\": \"bondgenoot-netwerkkaart\",", lines.get(1));
        assertEquals("    { \"id\": \"a-netwerk\", \"x\": 10, \"y\": 20, \"breedte\": 260, \"hoogte\": 90, \"weergave\": \"container\" },",
                lines.get(4));
        assertEquals("    { \"id\": \"b-actor\", \"x\": 300.3, \"y\": -20 }", lines.get(5));

        Notation read = NotationFile.read(file);
        assertEquals(new Bounds(10, 20, 260, 90), read.get("a-netwerk").orElseThrow());
        assertEquals(Bounds.at(300.3, -20), read.get("b-actor").orElseThrow());
        assertFalse(read.get("b-actor").orElseThrow().hasSize(), "a size only where one was chosen");
        assertEquals(java.util.Optional.of(Notation.CONTAINER), read.display("a-netwerk"));
        assertTrue(read.display("b-actor").isEmpty());
        assertEquals(NotationFile.format(read), Files.readString(file), "written again, the file does not change");
    }

    @Test
    void aMissingFileIsAnEmptyNotation() throws Exception {
        assertEquals(0, NotationFile.read(folder.resolve("nieuw.netwerkkaart")).size());
    }

    @Test
    void brokenFilesAreRefusedInDutch() throws Exception {
        assertRefused("{ dit is geen json", "geen geldige JSON");
        assertRefused("[1, 2]", "verwacht een JSON-object");
        assertRefused("{\"formaat\": \"iets anders\", \"versie\": 1, \"elementen\": []}", "geen netwerkkaart-indeling");
        assertRefused("{\"formaat\": \"bondgenoot-netwerkkaart\", \"versie\": 2, \"elementen\": []}", "onbekende versie 2");
        assertRefused("{\"formaat\": \"bondgenoot-netwerkkaart\", \"versie\": 1}", "\"elementen\" ontbreekt");
        assertRefused("{\"formaat\": \"bondgenoot-netwerkkaart\", \"versie\": 1, \"elementen\": [{\"id\": \"a\", \"x\": \"links\", \"y\": 1}]}",
                "element 1: \"x\" is geen getal");
        assertRefused("{\"formaat\": \"bondgenoot-netwerkkaart\", \"versie\": 1, \"elementen\": [{\"id\": \"a\", \"x\": 1, \"y\": 1, \"weergave\": \"wolk\"}]}",
                "element 1: onbekende \"weergave\" \"wolk\"");
        assertRefused("{\"formaat\": \"bondgenoot-netwerkkaart\", \"versie\": 1, \"elementen\": [{\"id\": \"a\", \"x\": 1, \"y\": 1},"
                + " {\"id\": \"a\", \"x\": 2, \"y\": 2}]}", "de id 'a' komt twee keer voor");
    }

    private void assertRefused(String content, String reason) throws Exception {
        Path file = folder.resolve("kapot.netwerkkaart");
        Files.writeString(file, content);
        NotationException e = assertThrows(NotationException.class, () -> NotationFile.read(file));
        assertTrue(e.toUserMessage().contains(reason), e.toUserMessage());
        assertTrue(e.toUserMessage().startsWith(file.toString()), "names the file: " + e.toUserMessage());
        assertTrue(e.toUserMessage().contains("niet overschreven"), e.toUserMessage());
    }
}
