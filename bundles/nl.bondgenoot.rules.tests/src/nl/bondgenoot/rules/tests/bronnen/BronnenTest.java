package nl.bondgenoot.rules.tests.bronnen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.bronnen.Bronnen;
import nl.bondgenoot.rules.bronnen.BronnenCatalogue;
import nl.bondgenoot.rules.bronnen.Sectie;
import nl.bondgenoot.rules.builtin.BuiltinRuleSet;
import nl.bondgenoot.rules.engine.RuleCatalogue;

/** A citation such as S1:496 is shown with the chapter or paragraph of its publication. */
class BronnenTest {

    private final Bronnen bronnen = Bronnen.get();

    @Test
    void aLineMapsToItsChapterAndParagraph() {
        assertEquals(Optional.of("hoofdstuk 6 \"Met welke partijen, in welke vormen en met welk aanbod?\""),
                bronnen.describe("S1", 496, 496));
        assertEquals(Optional.of("hoofdstuk 2 \"Modellen van sturing\", § 2.3 \"Gemeentelijke regie\""),
                bronnen.describe("S3", 1036, 1047));
        assertEquals(Optional.of("hoofdstuk 10 \"Sturen met betekenis\", § 10.3 \"Participatie in perspectief\","
                + " § 10.3.1 \"Vormen van burgerparticipatie\""), bronnen.describe("S3", 3640, 3650));
        // S2 chapter 7 starts before its title page: the text put the title after the chapter's first page.
        assertEquals(Optional.of("hoofdstuk 7 \"Terugblik en vooruitkijken\""), bronnen.describe("S2", 4398, 4400));
    }

    @Test
    void aRangeAcrossParagraphsOrChaptersNamesWhatHoldsItOrBothEnds() {
        assertEquals(Optional.of("hoofdstuk 2 \"Modellen van sturing\""), bronnen.describe("S3", 700, 800));
        assertEquals(Optional.of("hoofdstuk 5 \"Actoren: professioneel bondgenootschap\" tot hoofdstuk 6"
                + " \"De maatschappelijke agenda\""), bronnen.describe("S0", 880, 900));
    }

    @Test
    void aLineOutsideTheTextMapsToNothing() {
        assertEquals(Optional.empty(), bronnen.describe("S1", 949, 949));
        assertEquals(Optional.empty(), bronnen.describe("S1", 0, 3));
        assertEquals(List.of("S1:9999", "S4:1-3000"), bronnen.unmapped("zie S1:9999 en S4:1-3000, maar S1:496 bestaat"));
    }

    @Test
    void annotateNotesEachCitationOnceForRangesInTheSamePart() {
        assertEquals("S0:1122, 1156-1158 (hoofdstuk 7 \"De veranderagenda\"); S1:496 (hoofdstuk 6 \"Met welke partijen,"
                + " in welke vormen en met welk aanbod?\")", bronnen.annotate("S0:1122, 1156-1158; S1:496"));
        assertEquals("S0:412-415 (hoofdstuk 4 \"Transformatie in het sociale domein: drie agenda's\"), 1422"
                + " (hoofdstuk 9 \"Zelfanalyse\")", bronnen.annotate("S0:412-415, 1422"));
        assertEquals("S3 Figure 1, S3:577-579 (hoofdstuk 2 \"Modellen van sturing\", § 2.1 \"Drie sturingsmodellen\")",
                bronnen.annotate("S3 Figure 1, S3:577-579"));
        assertEquals("EXT:ProvanKenis2008", bronnen.annotate("EXT:ProvanKenis2008"));
    }

    @Test
    void thePartsOfEachPublicationFollowEachOtherWithoutGapsOrOverlap() {
        for (String bron : List.of("S0", "S1", "S2", "S3", "S4")) {
            List<Sectie> top = bronnen.secties().stream().filter(s -> s.bron().equals(bron) && s.niveau() == 1).toList();
            assertEquals(1, top.get(0).van(), bron);
            for (int i = 1; i < top.size(); i++) {
                assertEquals(top.get(i - 1).tot() + 1, top.get(i).van(), bron + " " + top.get(i).aanduiding());
            }
        }
    }

    @Test
    void everyCitationOfEveryRuleMapsToAPartOfItsPublication() {
        List<String> unmapped = new ArrayList<>();
        int citations = 0;
        for (Rule<?> rule : new BuiltinRuleSet().rules()) {
            RuleInfo info = rule.info();
            String text = info.source() + " " + info.explanation();
            citations += Bronnen.citations(text).size();
            bronnen.unmapped(text).forEach(c -> unmapped.add(info.id() + ": " + c));
        }
        assertEquals(List.of(), unmapped);
        assertTrue(citations > 200, "citaten gelezen: " + citations);
    }

    @Test
    void everyCitationInTheExamplesNotesMapsToAPartOfItsPublication() throws IOException {
        List<String> unmapped = new ArrayList<>();
        int citations = 0;
        try (Stream<Path> files = Files.walk(root().resolve("examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bondgenoot") || f.toString().endsWith(".agenda")).toList()) {
                String text = Files.readString(file);
                citations += Bronnen.citations(text).size();
                bronnen.unmapped(text).forEach(c -> unmapped.add(file.getFileName() + ": " + c));
            }
        }
        assertEquals(List.of(), unmapped);
        assertTrue(citations > 500, "citaten gelezen: " + citations);
    }

    @Test
    void theCatalogueShowsTheChapterBesideTheLines() {
        String md = RuleCatalogue.markdown(new BuiltinRuleSet().rules());
        assertTrue(md.contains("*Ernst INFO, herkomst DOC, bron S0:1122, 1156-1158 (hoofdstuk 7 \"De veranderagenda\");"
                + " S1:496 (hoofdstuk 6 \"Met welke partijen, in welke vormen en met welk aanbod?\").*"), md);
        assertFalse(md.contains("S1:473-477"), "4R-9 citeert Schema 5 op S1:496");
    }

    @Test
    void thePublishedBronnenPageIsTheGeneratedOne() throws IOException {
        String published = Files.readString(root().resolve("docs/bronnen.md"));
        assertEquals(BronnenCatalogue.markdown(), published,
                "docs/bronnen.md is out of date: regenerate it with ./bondgenoot rules --bronnen > docs/bronnen.md");
        assertTrue(published.contains("| S0 | Bondgenoten in de decentralisaties |"), published);
    }

    private static Path root() {
        return Path.of(System.getProperty("bondgenoot.root", "../.."));
    }
}
