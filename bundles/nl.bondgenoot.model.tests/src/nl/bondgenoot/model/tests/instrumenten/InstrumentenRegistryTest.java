package nl.bondgenoot.model.tests.instrumenten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.instrumenten.Instrument.Deel;
import nl.bondgenoot.model.instrumenten.Instrument.Item;
import nl.bondgenoot.model.instrumenten.Instrumenten;

/**
 * Instruments arrive through the extension point nl.bondgenoot.model.instrumenten: the model bundle's four
 * and the small one this test fragment contributes (fragment.xml), with everything the form editor, the
 * report and the site read; a contribution with wrong data is left out with a Dutch message naming file and line.
 */
class InstrumentenRegistryTest {

    @Test
    void theShippedInstrumentsComeFirstAndTheFragmentsSmallOneArrives() {
        List<String> ids = Instrumenten.alle().stream().map(Instrument::id).toList();
        assertEquals(List.of(Instrumenten.CHECKLIST_WMO_PRAKTIJKEN, Instrumenten.ZELFANALYSE_BONDGENOOTSCHAP,
                Instrumenten.AMBITIETABEL_GEMEENTEN, Instrumenten.AMBITIETABEL_UITVOERINGSORGANISATIES, "test-buurtscan"), ids);
        assertEquals("nl.bondgenoot.model", Instrumenten.checklistWmoPraktijken().bijdrager());
    }

    @Test
    void aContributedInstrumentHasSectionsQuestionsAnIndicatorPartsAndGuidance() {
        Instrument scan = Instrumenten.vereist("test-buurtscan");
        assertEquals("Buurtscan (test)", scan.naam());
        assertEquals(Instrument.Antwoordsoort.CHECKLIST, scan.soort());
        assertEquals(List.of("Samenwerking", "Resultaat"), scan.onderdelen().stream().map(Instrument.Onderdeel::naam).toList());
        assertEquals(List.of("A.Q1", "A.Q2", "B.Q1"), scan.items().stream().map(Item::id).toList());
        assertEquals(1, scan.indicatoren().size());
        assertEquals(List.of("A.Q1", "A.Q2"), scan.itemsBij("A.I1").stream().map(Item::id).toList());
        Item a1 = scan.item("A.Q1").orElseThrow();
        assertTrue(a1.verplicht());
        assertFalse(scan.item("A.Q2").orElseThrow().verplicht());
        assertEquals(Deel.Soort.ACTOREN, a1.deel("partners").orElseThrow().soort());
        assertEquals(Deel.Soort.TEKST, scan.item("B.Q1").orElseThrow().deel("resultaat").orElseThrow().soort());
        assertNull(scan.item("B.Q1").orElseThrow().indicatorId());
        assertEquals("Noem ook de partners die niet aan tafel zitten.\n\nBijvoorbeeld de huisarts.", a1.richtlijn().tekst());
        assertEquals("p. 4", a1.richtlijn().bron());
        assertNull(scan.item("A.Q2").orElseThrow().richtlijn());
    }

    @Test
    void wrongDataIsLeftOutWithADutchMessageNamingFileAndLine() {
        assertTrue(Instrumenten.find("test-kapot").isEmpty());
        assertTrue(Instrumenten.problemen().contains("nl.bondgenoot.model/instrumenten/kapot.tsv:5: onbekende indicator 'A.I9'"),
                Instrumenten.problemen().toString());
        assertTrue(Instrumenten.problemen().contains(
                "nl.bondgenoot.model: instrument 'test-geen-soort': soort 'ENQUETE' is niet CHECKLIST, SCORES of PLATEAUS"),
                Instrumenten.problemen().toString());
    }
}
