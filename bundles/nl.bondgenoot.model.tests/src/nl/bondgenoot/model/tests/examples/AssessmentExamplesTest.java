package nl.bondgenoot.model.tests.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Antwoord;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.instrumenten.Instrumenten;
import nl.bondgenoot.model.persistence.BeoordelingFiles;
import nl.bondgenoot.model.tests.Examples;

/**
 * The example assessments beside the example networks load with their models, name only questions,
 * indicators, kenmerken and ambities their instrument has, and are saved as Bondgenoot saves them.
 */
class AssessmentExamplesTest {

    private static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Examples.root().resolve("examples").resolve("netwerken"))) {
            return files.filter(BeoordelingFiles::isBeoordelingFile).sorted().toList();
        }
    }

    @Test
    void everyExampleLoadsWithItsModelAndUsesOnlyItsInstrumentsIds() throws Exception {
        List<Path> examples = examples();
        assertEquals(List.of("netwerk-welzijn-versterkt-ambitietabel.beoordeling", "netwerk-welzijn-versterkt-zelfanalyse-2012.beoordeling",
                "netwerk-welzijn-versterkt-zelfanalyse-2013.beoordeling", "ok-team-kamperpoort-checklist.beoordeling"),
                examples.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : examples) {
            Beoordeling b = BeoordelingFiles.load(file);
            assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(b).isEmpty(), file.toString());
            Instrument instrument = Instrumenten.vereist(b.getInstrumentId());
            b.getAntwoorden().forEach(a -> assertTrue(instrument.item(a.getVraagId()).isPresent(), file + ": " + a.getVraagId()));
            b.getIndicatoroordelen().forEach(o -> assertTrue(instrument.indicator(o.getIndicatorId()).isPresent(), file + ": " + o.getIndicatorId()));
            b.getScores().forEach(s -> assertTrue(instrument.item(s.getKenmerkId()).isPresent(), file + ": " + s.getKenmerkId()));
            b.getPlateaukeuzes().forEach(p -> assertTrue(instrument.item(p.getAmbitieId()).isPresent(), file + ": " + p.getAmbitieId()));
            assertEquals(List.of(file.toAbsolutePath().normalize()), BeoordelingFiles.beoordelingenVan(
                    BeoordelingFiles.modelFileOf(file).orElseThrow()).stream().filter(file.toAbsolutePath().normalize()::equals).toList());
        }
    }

    @Test
    void theChecklistHasTwoRespondentsWhoDifferOnAQuestionAndAnIndicatorNeedingExtraAttention() throws Exception {
        Beoordeling b = BeoordelingFiles.load(Examples.root().resolve("examples/netwerken/ok-team-kamperpoort-checklist.beoordeling"));
        assertEquals("OK-team Kamperpoort", b.getOnderwerp().getNaam());
        assertEquals(List.of("Gemeente Zwolle", "Travers"), b.getRespondenten().stream().map(r -> r.getActor().getNaam()).toList());
        List<Antwoord> a8 = b.getAntwoorden().stream().filter(a -> a.getVraagId().equals("A.Q8")).toList();
        assertEquals(2, a8.size());
        assertFalse(a8.get(0).getStatus() == a8.get(1).getStatus(), "the respondents differ on A.Q8");
        assertEquals(List.of("A.Q7", "A.Q10"), Instrumenten.checklistWmoPraktijken().itemsMetExtraAandacht(b).stream().map(Instrument.Item::id).toList());
        assertEquals(5, b.getAntwoorden().stream().filter(a -> a.getVraagId().equals("A.Q4")).findFirst().orElseThrow()
                .getDelen().get(0).getActoren().size());
    }

    @Test
    void theTwoZelfanalysesOfOnePracticeAreAYearApart() throws Exception {
        Beoordeling earlier = BeoordelingFiles.load(Examples.root().resolve("examples/netwerken/netwerk-welzijn-versterkt-zelfanalyse-2012.beoordeling"));
        Beoordeling later = BeoordelingFiles.load(Examples.root().resolve("examples/netwerken/netwerk-welzijn-versterkt-zelfanalyse-2013.beoordeling"));
        assertEquals(earlier.getOnderwerp().getId(), later.getOnderwerp().getId());
        assertEquals(34, earlier.getScores().size(), "17 kenmerken jointly and by the gemeente");
        assertTrue(later.getDatum().compare(earlier.getDatum()) > 0);
    }

    @Test
    void everyExampleIsSavedAsBondgenootSavesIt() throws Exception {
        List<String> different = new java.util.ArrayList<>();
        for (Path file : examples()) {
            Beoordeling b = BeoordelingFiles.load(file);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            b.eResource().save(out, java.util.Map.of());
            String saved = out.toString(java.nio.charset.StandardCharsets.UTF_8);
            Path resaved = Path.of("target", "voorbeelden", file.getFileName().toString());
            Files.createDirectories(resaved.getParent());
            Files.writeString(resaved, saved); // to compare when this fails
            if (!Files.readString(file).equals(saved)) {
                different.add(file + " is not in the form Bondgenoot writes (see " + resaved.toAbsolutePath() + ")");
            }
        }
        assertEquals(List.of(), different);
    }
}
