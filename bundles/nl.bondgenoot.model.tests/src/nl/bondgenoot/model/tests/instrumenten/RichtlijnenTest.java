package nl.bondgenoot.model.tests.instrumenten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.instrumenten.Instrument.Item;
import nl.bondgenoot.model.instrumenten.Instrumenten;

/**
 * The guidance of the Checklist Wmo-praktijken ("aandachtspunten, tips en voorbeelden", S4 chapters 4-7)
 * ships word for word, as do its 31 questions and 12 indicators. Where the seed texts are (system property
 * {@code bondgenoot.seeds}, by default /work/shared/seeds) every text is compared with its seed lines after
 * this test's own normalisation (not the extraction script's); elsewhere, as in CI, the counts, the
 * question each guidance repeats and a few quoted sentences are checked.
 */
class RichtlijnenTest {

    private static final Pattern LINES = Pattern.compile("S4:(\\d+)(?:-(\\d+))?");

    private final Instrument checklist = Instrumenten.checklistWmoPraktijken();

    @Test
    void everyQuestionHasItsGuidanceStartingWithTheQuestionAsS4RepeatsIt() {
        assertEquals(31, checklist.items().stream().filter(i -> i.richtlijn() != null).count());
        for (Item vraag : checklist.items()) {
            Instrument.Richtlijn richtlijn = vraag.richtlijn();
            assertNotNull(richtlijn, vraag.id());
            assertEquals(vraag.waarde("richtlijn"), richtlijn.bron(), vraag.id());
            String number = vraag.id().substring(vraag.id().indexOf('Q') + 1);
            String first = richtlijn.tekst().split("\n\n", 2)[0];
            // S4 repeats the question with its number; only the case of a first letter may differ (A.Q1 'Vraag-/').
            assertEquals((number + ". " + vraag.tekst()).toLowerCase(Locale.ROOT), first.toLowerCase(Locale.ROOT), vraag.id());
        }
    }

    @Test
    void quotedSentencesAreThereWordForWord() {
        assertContains("A.Q2", "Het is wenselijk zowel output- als outcomedoelen te formuleren.");
        assertContains("A.Q2", "Een voorbeeld van een outputdoelstelling van een aanpak in Zwolle is: Minimaal 35 huishoudens");
        assertContains("A.Q1", "Een aanpak kan gericht zijn op één of meerdere Wmo doelen.");
        assertContains("A.Q1", "\n\n●● Zelfredzaamheid\n\nIn de Wmo staat dat de gemeente haar burgers met beperkingen door middel van ondersteuning");
        assertContains("A.Q1", "\n\n• mantelzorg;\n\n");
        assertContains("A.Q1", "\n\nTip\n\nRicht uw aanpak zich op kantelen, hier vindt u meer informatie.");
        Item a1 = checklist.item("A.Q1").orElseThrow();
        assertTrue(!a1.richtlijn().tekst().contains("Het beleidsontwerp\n") && !a1.richtlijn().tekst().contains("\n4\t"),
                "the running header of S4:413 is left out");
        assertTrue(!checklist.item("C.Q2").orElseThrow().richtlijn().tekst().contains("wmotogo.nl/195"),
                "the link targets the text copy repeats are left out");
    }

    private void assertContains(String vraag, String text) {
        String richtlijn = checklist.item(vraag).orElseThrow().richtlijn().tekst();
        assertTrue(richtlijn.contains(text), vraag + " bevat niet: " + text);
    }

    @Test
    void theGuidanceIsTheSeedsTextWordForWord() throws IOException {
        List<String> s4 = s4();
        List<String> problems = new ArrayList<>();
        for (Item vraag : checklist.items()) {
            List<String> lines = lines(s4, vraag.richtlijn().bron());
            String shipped = vraag.richtlijn().tekst();
            if (!letters(shipped).equals(letters(String.join("\n", withoutPageFurniture(lines))))) {
                problems.add(vraag.id() + ": de tekst wijkt af van " + vraag.richtlijn().bron());
            }
            // Every word S4 breaks at a line end is whole again.
            List<String> text = withoutPageFurniture(lines);
            for (int i = 0; i + 1 < text.size(); i++) {
                Matcher broken = Pattern.compile("(\\p{L}+)-$").matcher(text.get(i));
                int next = i + 1;
                while (next < text.size() && text.get(next).isBlank()) {
                    next++;
                }
                Matcher rest = Pattern.compile("^\\s*(\\p{L}+)").matcher(next < text.size() ? text.get(next) : "");
                if (broken.find() && rest.find() && !shipped.contains(broken.group(1) + rest.group(1))) {
                    problems.add(vraag.id() + ": '" + broken.group(1) + "-' + '" + rest.group(1) + "' is niet hersteld");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theQuestionsAndIndicatorsAreTheSeedsTextWordForWord() throws IOException {
        List<String> s4 = s4();
        List<String> problems = new ArrayList<>();
        for (Item vraag : checklist.items()) {
            String seed = String.join("\n", lines(s4, vraag.bron())).replaceFirst("^\\s*\\d+\\.\\s*", "");
            if (!letters(vraag.tekst()).equals(letters(seed))) {
                problems.add(vraag.id() + ": '" + vraag.tekst() + "' staat niet zo in " + vraag.bron());
            }
        }
        for (Instrument.Indicator indicator : checklist.indicatoren()) {
            String seed = String.join("\n", lines(s4, indicator.bron())).replace("●●", "");
            if (!letters(indicator.tekst()).equals(letters(seed))) {
                problems.add(indicator.id() + ": '" + indicator.tekst() + "' staat niet zo in " + indicator.bron());
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(12, checklist.indicatoren().size());
        assertEquals(31, checklist.items().size());
    }

    /**
     * The test's own reading of what the text copy adds to S4: a chapter's running header ("4" tab title), a
     * page number alone on its line, a link target alone on its line.
     */
    private static List<String> withoutPageFurniture(List<String> lines) {
        return lines.stream().filter(l -> !l.matches("[4-7]\t .*") && !l.strip().matches("\\d{1,3}")
                && !l.strip().matches("https?://\\S+")).toList();
    }

    /** The text without its layout: no white space, no hyphens (a line-end break and a real one alike). */
    private static String letters(String text) {
        return text.replaceAll("[\\s\\-]", "");
    }

    private static List<String> lines(List<String> s4, String citation) {
        Matcher m = LINES.matcher(citation);
        assertTrue(m.matches(), citation);
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        return s4.subList(from - 1, to);
    }

    private static List<String> s4() throws IOException {
        Path seeds = Path.of(System.getProperty("bondgenoot.seeds", "/work/shared/seeds"));
        assumeTrue(Files.isDirectory(seeds), "de teksten van de bronnen staan niet in " + seeds);
        try (DirectoryStream<Path> found = Files.newDirectoryStream(seeds, "004_*.txt")) {
            return Files.readAllLines(found.iterator().next(), StandardCharsets.UTF_8);
        }
    }
}
