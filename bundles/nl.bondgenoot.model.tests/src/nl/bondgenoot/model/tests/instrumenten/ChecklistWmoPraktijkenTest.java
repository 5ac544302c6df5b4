package nl.bondgenoot.model.tests.instrumenten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.ChecklistSectie;
import nl.bondgenoot.model.Indicatoroordeel;
import nl.bondgenoot.model.Oordeel;
import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.instrumenten.Instrument.Deel;
import nl.bondgenoot.model.instrumenten.Instrument.Indicator;
import nl.bondgenoot.model.instrumenten.Instrument.Item;
import nl.bondgenoot.model.instrumenten.Instrumenten;

/** The Checklist Wmo-praktijken ships as data with the counts SPEC 1.6 gives (S4:198-356). */
class ChecklistWmoPraktijkenTest {

    private static final Pattern S4_LINES = Pattern.compile("S4:(\\d+)(?:-(\\d+))?");

    private final Instrument checklist = Instrumenten.checklistWmoPraktijken();

    @Test
    void fourSectionsTwelveIndicatorsThirtyOneQuestions() {
        assertEquals(4, checklist.onderdelen().size());
        assertEquals(12, checklist.indicatoren().size());
        assertEquals(31, checklist.items().size());
        assertEquals(Instrument.Antwoordsoort.CHECKLIST, checklist.soort());
        assertEquals("Checklist Wmo-praktijken", checklist.naam());
        assertEquals(List.of("A", "B", "C", "D"), checklist.onderdelen().stream().map(s -> s.id()).toList());
        assertEquals(List.of("Beleidsontwerp", "Draagvlak", "Uitvoering", "Evaluatie"),
                checklist.onderdelen().stream().map(s -> s.naam()).toList());
    }

    @Test
    void eachSectionHasThreeIndicatorsAndElevenFourEightAndEightQuestions() {
        int[] vragen = { 11, 4, 8, 8 };
        for (ChecklistSectie sectie : ChecklistSectie.values()) {
            String letter = checklist.onderdelen().get(sectie.getValue()).id();
            List<Indicator> indicatoren = checklist.indicatoren(letter);
            List<Item> vragenVanSectie = checklist.items(letter);
            assertEquals(3, indicatoren.size(), sectie.toString());
            assertEquals(vragen[sectie.getValue()], vragenVanSectie.size(), sectie.toString());
            for (int i = 0; i < indicatoren.size(); i++) {
                assertEquals(letter + ".I" + (i + 1), indicatoren.get(i).id());
            }
            for (int i = 0; i < vragenVanSectie.size(); i++) {
                assertEquals(letter + ".Q" + (i + 1), vragenVanSectie.get(i).id());
            }
        }
    }

    @Test
    void everyQuestionMapsToAnIndicatorOfItsOwnSectionAndEveryIndicatorHasQuestions() {
        for (Item vraag : checklist.items()) {
            Indicator indicator = checklist.indicator(vraag.indicatorId()).orElseThrow(() -> new AssertionError(vraag.id()));
            assertEquals(vraag.onderdeelId(), indicator.onderdeelId(), vraag.id() + " -> " + indicator.id());
            assertFalse(vraag.koppelingMotivering().isBlank(), vraag.id() + " heeft geen motivering voor de koppeling");
        }
        for (Indicator indicator : checklist.indicatoren()) {
            assertFalse(checklist.itemsBij(indicator.id()).isEmpty(), indicator.id() + " heeft geen vragen");
        }
    }

    @Test
    void everyEntryCitesTheChecklistAndEveryQuestionItsGuidance() {
        for (Indicator indicator : checklist.indicatoren()) {
            assertWithin(indicator.bron(), 198, 356, indicator.id());
        }
        for (Item vraag : checklist.items()) {
            assertWithin(vraag.bron(), 198, 356, vraag.id());
            Instrument.Onderdeel sectie = checklist.onderdeel(vraag.onderdeelId()).orElseThrow();
            int[] hoofdstuk = range(sectie.richtlijnBron());
            int[] richtlijn = range(vraag.waarde("richtlijn"));
            assertTrue(hoofdstuk[0] <= richtlijn[0] && richtlijn[1] <= hoofdstuk[1],
                    vraag.id() + ": " + vraag.waarde("richtlijn") + " valt buiten " + sectie.richtlijnBron());
        }
    }

    @Test
    void theWordingIsThatOfTheSeed() {
        assertEquals("De aanpak voor beleidsvernieuwing is voldoende uitgewerkt.", checklist.indicator("A.I1").orElseThrow().tekst());
        assertEquals("Is er nagedacht over de sturing?", checklist.item("A.Q7").orElseThrow().tekst());
        assertEquals("Hoe legt de projectverantwoordelijke verantwoording af over de uitkomsten en aan wie?",
                checklist.item("D.Q8").orElseThrow().tekst());
        assertTrue(checklist.item("A.Q1").orElseThrow().tekst().contains("vraag-/cliëntgerichter"));
    }

    @Test
    void typedPartsOfAnswersAreActorsOrChoices() {
        Item a4 = checklist.item("A.Q4").orElseThrow();
        assertEquals(List.of("afdelingen", "sleutelpartners", "overigePartners"), a4.delen().stream().map(Deel::naam).toList());
        assertTrue(a4.delen().stream().allMatch(d -> d.soort() == Deel.Soort.ACTOREN));
        Deel participatie = checklist.item("B.Q4").orElseThrow().deel("participatie").orElseThrow();
        assertEquals("Burgerparticipatie", participatie.enumeratie());
        assertEquals(Burgerparticipatie.VALUES.stream().map(Burgerparticipatie::getName).toList(), participatie.keuzes());
        assertEquals(List.of("zelfredzaamheid", "participatie", "actief burgerschap", "sociale samenhang"),
                checklist.item("A.Q1").orElseThrow().deel("wmoDoelen").orElseThrow().keuzes());
    }

    @Test
    void indicatorsBelowVoldoendePointToTheGuidanceOfTheirQuestions() {
        Beoordeling beoordeling = BondgenootFactory.eINSTANCE.createBeoordeling();
        beoordeling.getIndicatoroordelen().add(oordeel("B.I3", Oordeel.ONVOLDOENDE));
        beoordeling.getIndicatoroordelen().add(oordeel("B.I1", Oordeel.VOLDOENDE));
        beoordeling.getIndicatoroordelen().add(oordeel("A.I3", Oordeel.DEELS));
        beoordeling.getIndicatoroordelen().add(oordeel("C.I1", Oordeel.ONBEKEND));
        List<Item> extra = checklist.itemsMetExtraAandacht(beoordeling);
        assertEquals(List.of("A.Q7", "A.Q10", "B.Q4"), extra.stream().map(Item::id).toList());
        assertEquals("S4:1026-1197", extra.get(2).waarde("richtlijn"));
    }

    @Test
    void anEditedMappingThatCrossesSectionsIsRefusedWithFileAndLine() {
        String koppeling = "vraag\tindicator\tmotivering\nA.Q1\tB.I1\tverkeerd\n";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Instrumenten.metKoppeling(
                Instrumenten.CHECKLIST_WMO_PRAKTIJKEN, "eigen.tsv", new ByteArrayInputStream(koppeling.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().startsWith("eigen.tsv:2: vraag A.Q1 hoort bij onderdeel A, indicator B.I1 bij B"), e.getMessage());
    }

    private static Indicatoroordeel oordeel(String indicatorId, Oordeel waarde) {
        Indicatoroordeel oordeel = BondgenootFactory.eINSTANCE.createIndicatoroordeel();
        oordeel.setIndicatorId(indicatorId);
        oordeel.setOordeel(waarde);
        return oordeel;
    }

    private static void assertWithin(String bron, int from, int to, String id) {
        int[] r = range(bron);
        assertTrue(from <= r[0] && r[1] <= to, id + ": " + bron);
    }

    private static int[] range(String citation) {
        var m = S4_LINES.matcher(citation);
        assertTrue(m.matches(), citation);
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        assertTrue(from <= to, citation);
        return new int[] { from, to };
    }
}
