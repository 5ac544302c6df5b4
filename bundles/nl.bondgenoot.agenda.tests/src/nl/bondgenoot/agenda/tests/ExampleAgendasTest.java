package nl.bondgenoot.agenda.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.bondgenoot.agenda.AgendaFiles;
import nl.bondgenoot.agenda.AgendaProject;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.persistence.ModelFiles;

/**
 * The example agendas, read as the command line reads them (their folder is their project): every actor
 * and network they name exists in exactly one model file of the project. Xtext links an ambiguous name
 * to one of the candidates without a word, so the examples must not rely on that.
 */
class ExampleAgendasTest {

    static Stream<Path> agendas() {
        return Stream.of(Examples.file("agendas", "huishoudelijke-hulp.agenda"), Examples.file("agendas", "multiprobleemgezin.agenda"),
                Examples.file("agendas", "zelfredzaamheid.agenda"), Examples.file("netwerken", "netwerk-welzijn-versterkt.agenda"));
    }

    /** Names of the actors and networks in all model files of the agenda's project, with how often each occurs. */
    private static Map<String, Integer> namesInProject(Path agenda) throws Exception {
        Map<String, Integer> names = new TreeMap<>();
        for (Path file : AgendaProject.filesBeside(agenda)) {
            if (!file.toString().endsWith(".bondgenoot")) {
                continue;
            }
            Governancemodel model = ModelFiles.load(file);
            for (var it = model.eAllContents(); it.hasNext();) {
                EObject o = it.next();
                if ((o instanceof Actor || o instanceof Netwerk) && ((Element) o).getNaam() != null) {
                    names.merge(((Element) o).getNaam(), 1, Integer::sum);
                }
            }
        }
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agendas")
    void everyActorAndNetworkTheExampleNamesIsUniqueInItsProject(Path agenda) throws Exception {
        Governancemodel model = AgendaFiles.load(agenda);
        Map<String, Integer> inProject = namesInProject(agenda);
        List<String> named = new ArrayList<>();
        for (var it = EcoreUtil.getAllContents(model, true); it.hasNext();) {
            EObject o = (EObject) it.next();
            for (EReference ref : o.eClass().getEAllReferences()) {
                if (ref.isContainment()) {
                    continue;
                }
                Object value = o.eGet(ref);
                for (Object target : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
                    if (target instanceof Actor || target instanceof Netwerk) {
                        assertFalse(((EObject) target).eIsProxy(), target.toString());
                        named.add(((Element) target).getNaam());
                    }
                }
            }
        }
        assertFalse(named.isEmpty());
        for (String naam : named) {
            assertEquals(1, inProject.getOrDefault(naam, 0), "'" + naam + "' in " + agenda.getFileName()
                    + " occurs this often among the model files of its project");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agendas")
    void everyExampleCitesTheSeedsItComesFrom(Path agenda) throws Exception {
        String text = Files.readString(agenda);
        long cited = text.lines().filter(line -> line.matches(".*//.*\\bS[0-4]:\\d+.*")).count();
        long elements = text.lines().filter(line -> line.strip().matches(
                "(maatschappelijke agenda|effect|opgave|opdrachtrelatie|uitvoeringsagenda|coalitie)\\b.*")).count();
        assertTrue(cited >= elements, agenda.getFileName() + ": " + cited + " lines cite a seed for " + elements + " elements");
    }
}
