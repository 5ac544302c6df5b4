package nl.bondgenoot.model.tests.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;

/** Every file in examples/netwerken loads, and its elements have unique UUIDs and a seed citation. */
class NetworkExamplesLoadTest {

    private static final List<String> EXPECTED = List.of(
            "activerend-huisbezoek.bondgenoot", "buurtgeluk.bondgenoot", "cva-protocol.bondgenoot",
            "familie-van-dalen.bondgenoot", "kantelen-doe-je-samen.bondgenoot",
            "netwerk-welzijn-versterkt.bondgenoot", "ok-team-kamperpoort.bondgenoot",
            "sleutelteam-berflo-es.bondgenoot", "sociaal-makelaarschap.bondgenoot",
            "wijksteunpunten-sittard-geleen.bondgenoot");

    /** A citation such as S4:1666 or S3:2235-2828. */
    private static final Pattern SEED_CITATION = Pattern.compile("S[0-4]:\\d+");

    @Test
    void theTenExamplesOfSpecSectionFourArePresent() {
        assertEquals(EXPECTED, NetworkExamples.all().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void everyExampleLoadsWithoutErrorsOrUnresolvedReferences() throws Exception {
        for (Path file : NetworkExamples.all()) {
            Governancemodel model = ModelFiles.load(file);
            assertTrue(model.eResource().getErrors().isEmpty(), file + ": " + model.eResource().getErrors());
            assertTrue(model.eResource().getWarnings().isEmpty(), file + ": " + model.eResource().getWarnings());
            assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(model).isEmpty(), file + ": onopgeloste verwijzing");
            assertFalse(model.getActoren().isEmpty(), file + ": geen actoren");
        }
    }

    @Test
    void everyElementHasAUniqueRandomUuid() throws Exception {
        Map<String, String> seen = new HashMap<>();
        for (Path file : NetworkExamples.all()) {
            for (Element element : elements(ModelFiles.load(file))) {
                String where = file.getFileName() + ": " + element.eClass().getName() + " '" + element.getNaam() + "'";
                assertNotNull(element.getId(), where + " heeft geen id");
                UUID uuid = UUID.fromString(element.getId());
                assertEquals(element.getId(), uuid.toString(), where + ": id is geen UUID in kleine letters");
                assertEquals(4, uuid.version(), where + ": id is geen willekeurige (versie-4) UUID");
                String earlier = seen.put(element.getId(), where);
                assertTrue(earlier == null, where + " heeft dezelfde id als " + earlier);
            }
        }
    }

    @Test
    void everyElementIsNamedAndCitesTheSeed() throws Exception {
        for (Path file : NetworkExamples.all()) {
            for (Element element : elements(ModelFiles.load(file))) {
                String where = file.getFileName() + ": " + element.eClass().getName() + " " + element.getId();
                assertTrue(element.getNaam() != null && !element.getNaam().isBlank(), where + " heeft geen naam");
                assertTrue(element.getBeschrijving() != null && SEED_CITATION.matcher(element.getBeschrijving()).find(),
                        where + " ('" + element.getNaam() + "') noemt geen seed-regels in de beschrijving");
            }
        }
    }

    private static List<Element> elements(Governancemodel model) {
        List<Element> result = new ArrayList<>();
        result.add(model);
        for (var it = model.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Element element) {
                result.add(element);
            }
        }
        return result;
    }
}
