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
import nl.bondgenoot.diagram.notation.MapViews;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.diagram.notation.NotationException;
import nl.bondgenoot.diagram.notation.NotationFile;
import nl.bondgenoot.diagram.notation.ViewSelection;

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
        MapViews views = new MapViews();
        Notation notation = views.standard();
        notation.put("b-actor", Bounds.at(300.25, -20));
        notation.put("a-netwerk", new Bounds(10, 20, 260, 90));
        notation.putDisplay("a-netwerk", Notation.CONTAINER);
        Path file = folder.resolve("kern.netwerkkaart");
        NotationFile.write(file, views);

        List<String> lines = Files.readAllLines(file);
        assertEquals("  \"formaat\": \"bondgenoot-netwerkkaart\",", lines.get(1));
        assertEquals("  \"versie\": 2,", lines.get(2));
        assertEquals("      \"naam\": \"Netwerkkaart\",", lines.get(5));
        assertEquals("        { \"id\": \"a-netwerk\", \"x\": 10, \"y\": 20, \"breedte\": 260, \"hoogte\": 90, \"weergave\": \"container\" },",
                lines.get(11));
        assertEquals("        { \"id\": \"b-actor\", \"x\": 300.3, \"y\": -20 }", lines.get(12));

        Notation read = NotationFile.read(file).standard();
        assertEquals(new Bounds(10, 20, 260, 90), read.get("a-netwerk").orElseThrow());
        assertEquals(Bounds.at(300.3, -20), read.get("b-actor").orElseThrow());
        assertFalse(read.get("b-actor").orElseThrow().hasSize(), "a size only where one was chosen");
        assertEquals(java.util.Optional.of(Notation.CONTAINER), read.display("a-netwerk"));
        assertTrue(read.display("b-actor").isEmpty());
        assertEquals(NotationFile.format(NotationFile.read(file)), Files.readString(file), "written again, the file does not change");
    }

    @Test
    void keepsEveryViewWithItsSelectionLayersFiltersAndLayout() throws Exception {
        MapViews views = new MapViews();
        views.standard().put("a", Bounds.at(1, 2));
        Notation rond = new Notation("Rond de gemeente");
        rond.selection(ViewSelection.rond(List.of("gemeente", "b-wijkteam"), 2));
        rond.layer("financiering", false);
        rond.layer("aandacht", true);
        rond.filters(List.of("alleen-regie", "fase-uitvoering"));
        rond.put("gemeente", new Bounds(5, 6, 200, 80));
        views.add(rond);
        Notation gekozen = new Notation("Financiering");
        gekozen.selection(ViewSelection.elementen(List.of("z", "a", "z")));
        views.add(gekozen);
        Path file = folder.resolve("kern.netwerkkaart");
        NotationFile.write(file, views);

        String text = Files.readString(file);
        assertTrue(text.contains("      \"selectie\": { \"soort\": \"rond\", \"stappen\": 2, \"elementen\": [\"b-wijkteam\",\"gemeente\"] },\n"), text);
        assertTrue(text.contains("      \"lagen\": {\"aandacht\":true,\"financiering\":false},\n"), "sorted by layer id: " + text);
        assertTrue(text.contains("      \"selectie\": { \"soort\": \"elementen\", \"elementen\": [\"a\",\"z\"] },\n"), text);

        MapViews read = NotationFile.read(file);
        assertEquals(List.of("Netwerkkaart", "Rond de gemeente", "Financiering"), read.names(), "in the order they were made");
        Notation readRond = read.find("rond de GEMEENTE").orElseThrow();
        assertEquals(ViewSelection.rond(List.of("gemeente", "b-wijkteam"), 2), readRond.selection());
        assertEquals(java.util.Map.of("financiering", false, "aandacht", true), readRond.layers());
        assertEquals(List.of("alleen-regie", "fase-uitvoering"), readRond.filters());
        assertEquals(new Bounds(5, 6, 200, 80), readRond.get("gemeente").orElseThrow());
        assertEquals(Notation.NETWERKKAART, readRond.representation());
        assertEquals(ViewSelection.elementen(List.of("a", "z")), read.find("Financiering").orElseThrow().selection());
        assertEquals(text, NotationFile.format(read), "read and written again, nothing changes");
    }

    @Test
    void aViewsPeildatumIsKeptAndAViewWithoutOneWritesNone() throws Exception {
        MapViews views = new MapViews();
        Notation op2011 = new Notation("Situatie 2011");
        op2011.peildatum(java.time.LocalDate.of(2011, 1, 1));
        views.add(op2011);
        Path file = folder.resolve("kern.netwerkkaart");
        NotationFile.write(file, views);
        String text = Files.readString(file);
        assertEquals(1, text.split("\"peildatum\": \"2011-01-01\"", -1).length - 1, text);
        MapViews read = NotationFile.read(file);
        assertEquals(null, read.standard().peildatum());
        assertEquals(java.time.LocalDate.of(2011, 1, 1), read.findOrStandard("Situatie 2011").orElseThrow().peildatum());
        assertEquals(java.time.LocalDate.of(2011, 1, 1), op2011.copyAs("kopie").peildatum(), "a copy keeps the date");

        Files.writeString(file, text.replace("2011-01-01", "1 januari 2011"));
        var problem = org.junit.jupiter.api.Assertions.assertThrows(nl.bondgenoot.diagram.notation.NotationException.class,
                () -> NotationFile.read(file));
        assertTrue(problem.getMessage().contains("\"peildatum\": '1 januari 2011' is geen datum"), problem.getMessage());
    }

    @Test
    void aVersionOneFileIsOneViewAndIsWrittenAsVersionTwoWithItsLayout() throws Exception {
        Path file = folder.resolve("oud.netwerkkaart");
        Files.writeString(file, """
                {
                  "formaat": "bondgenoot-netwerkkaart",
                  "versie": 1,
                  "elementen": [
                    { "id": "a-netwerk", "x": 10, "y": 20, "breedte": 260, "hoogte": 90, "weergave": "container" },
                    { "id": "b-actor", "x": 300.5, "y": -20 }
                  ]
                }
                """);
        MapViews read = NotationFile.read(file);
        assertEquals(List.of(Notation.DEFAULT_NAME), read.names());
        assertEquals(ViewSelection.alles(), read.standard().selection());
        assertEquals(new Bounds(10, 20, 260, 90), read.standard().get("a-netwerk").orElseThrow());
        assertEquals(java.util.Optional.of(Notation.CONTAINER), read.standard().display("a-netwerk"));

        NotationFile.write(file, read);
        MapViews again = NotationFile.read(file);
        assertTrue(Files.readString(file).contains("\"versie\": 2"));
        assertEquals(read.standard().all(), again.standard().all(), "the layout is kept");
        assertEquals(read.standard().displays(), again.standard().displays());
    }

    @Test
    void aMissingFileIsOneEmptyDefaultView() throws Exception {
        MapViews views = NotationFile.read(folder.resolve("nieuw.netwerkkaart"));
        assertEquals(List.of("Netwerkkaart"), views.names());
        assertEquals(0, views.standard().size());
    }

    @Test
    void viewNamesAreUniqueUsableAndTheLastViewStays() {
        MapViews views = new MapViews();
        assertEquals("er is al een weergave 'Netwerkkaart'",
                assertThrows(IllegalArgumentException.class, () -> views.add(new Notation("netwerkkaart "))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> views.add(new Notation("  ")));
        assertThrows(IllegalArgumentException.class, () -> views.add(new Notation("a/b")));
        assertThrows(IllegalArgumentException.class, () -> views.add(new Notation("regel\nbreuk")));
        assertEquals("de laatste weergave van een model kan niet weg",
                assertThrows(IllegalArgumentException.class, () -> views.remove(views.standard())).getMessage());
        Notation b = new Notation("B");
        views.add(b);
        views.rename(b, " Regie ");
        assertEquals(List.of("Netwerkkaart", "Regie"), views.names());
        views.rename(b, "REGIE"); // its own name in other letters
        assertEquals("geen weergave 'X'; dit model heeft de weergaven: Netwerkkaart, REGIE", views.unknown("X"));
        assertEquals("financiering-en-regie", MapViews.fileNamePart("Financiering en régie".replace("é", "e")));
    }

    @Test
    void aChangeOfTheViewsIsWrittenAndAnUnreadableFileIsNeverOverwritten() throws Exception {
        Path file = folder.resolve("kern.netwerkkaart");
        NotationFile.change(file, views -> views.add(new Notation("Regie")));
        assertEquals(List.of("Netwerkkaart", "Regie"), NotationFile.read(file).names());

        String broken = "{ \"formaat\": \"bondgenoot-netwerkkaart\", \"versie\": 2, \"weergaven\": [ { \"naam\": \"A\" ";
        Files.writeString(file, broken);
        assertThrows(NotationException.class, () -> NotationFile.change(file, views -> views.add(new Notation("Nog een"))));
        assertEquals(broken, Files.readString(file), "untouched");
    }

    @Test
    void brokenFilesAreRefusedInDutch() throws Exception {
        assertRefused("{ dit is geen json", "geen geldige JSON");
        assertRefused("[1, 2]", "verwacht een JSON-object");
        assertRefused("{\"formaat\": \"iets anders\", \"versie\": 1, \"elementen\": []}", "geen netwerkkaart-indeling");
        assertRefused("{\"formaat\": \"bondgenoot-netwerkkaart\", \"versie\": 3, \"weergaven\": []}", "onbekende versie 3");
        assertRefused("{\"formaat\": \"bondgenoot-netwerkkaart\", \"versie\": 2, \"elementen\": []}", "\"weergaven\" ontbreekt");
        assertRefused(view("\"naam\": \"A\", \"selectie\": {\"soort\": \"sommige\"}, \"elementen\": []"),
                "weergave 1 ('A'): onbekende \"soort\" van selectie \"sommige\"");
        assertRefused(view("\"naam\": \"A\", \"selectie\": {\"soort\": \"rond\", \"stappen\": 1.5, \"elementen\": []}, \"elementen\": []"),
                "\"stappen\" is geen geheel getal");
        assertRefused(view("\"naam\": \"A\", \"lagen\": {\"x\": \"aan\"}, \"elementen\": []"), "laag 'x' is niet true of false");
        assertRefused(view("\"naam\": \"A\", \"elementen\": []}, {\"naam\": \"a\", \"elementen\": []"),
                "weergave 2: er is al een weergave 'A'");
        assertRefused(view("\"elementen\": []"), "weergave 1 heeft geen \"naam\"");
        assertRefused("{\"formaat\": \"bondgenoot-netwerkkaart\", \"versie\": 1}", "\"elementen\" ontbreekt");
        assertRefused("{\"formaat\": \"bondgenoot-netwerkkaart\", \"versie\": 1, \"elementen\": [{\"id\": \"a\", \"x\": \"links\", \"y\": 1}]}",
                "element 1: \"x\" is geen getal");
        assertRefused("{\"formaat\": \"bondgenoot-netwerkkaart\", \"versie\": 1, \"elementen\": [{\"id\": \"a\", \"x\": 1, \"y\": 1, \"weergave\": \"wolk\"}]}",
                "element 1: onbekende \"weergave\" \"wolk\"");
        assertRefused("{\"formaat\": \"bondgenoot-netwerkkaart\", \"versie\": 1, \"elementen\": [{\"id\": \"a\", \"x\": 1, \"y\": 1},"
                + " {\"id\": \"a\", \"x\": 2, \"y\": 2}]}", "de id 'a' komt twee keer voor");
    }

    private static String view(String fields) {
        return "{\"formaat\": \"bondgenoot-netwerkkaart\", \"versie\": 2, \"weergaven\": [{" + fields + "}]}";
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
