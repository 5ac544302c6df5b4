package nl.bondgenoot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.glsp.server.features.validation.Marker;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.bondgenoot.diagram.model.NetwerkkaartGModelFactory;
import nl.bondgenoot.diagram.layout.LayoutGraph;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Sturingsrelatie;

/**
 * The diagrams of the ten example networks: every actor, netwerk, convenant and sturingsrelatie is
 * drawn, ELK's first placement overlaps nothing, and the markers are the findings the command line
 * reports for the file (examples/netwerken/bevindingen.txt), each on a drawn element.
 */
class ExampleNetworksTest {

    @TempDir
    Path folder;

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(root().resolve("examples/netwerken"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bondgenoot")).sorted().toList().stream();
        }
    }

    private static Path root() {
        return Path.of(System.getProperty("bondgenoot.root", "../.."));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void drawsTheExampleWithTheFindingsOfTheCommandLine(String example) throws Exception {
        DiagramSession session = DiagramSession.openCopy(folder, "examples/netwerken/" + example);
        Governancemodel model = session.state.getModel();
        List<Element> nodes = Stream.of(model.getActoren(), model.getNetwerken(), model.getConvenanten())
                .flatMap(List::stream).map(Element.class::cast).toList();
        for (Element e : nodes) {
            assertTrue(session.state.getIndex().get(e.getId()).isPresent(), "drawn: " + e.getNaam());
        }
        for (Sturingsrelatie r : model.getSturingsrelaties()) {
            assertTrue(session.state.getIndex().get(r.getId()).isPresent(), "drawn: " + r.getNaam());
        }

        LayoutGraph graph = NetwerkkaartGModelFactory.layoutGraph(model, session.state.getNotation());
        ElkLayoutTest.assertNoOverlap(graph, new HashMap<>(session.state.getNotation().all()));

        List<Marker> markers = session.markers();
        long expected = Files.readAllLines(root().resolve("examples/netwerken/bevindingen.txt")).stream()
                .filter(line -> line.startsWith("examples/netwerken/" + example + ":")).count();
        assertEquals(expected, markers.size(), example + ": " + markers.stream().map(Marker::getLabel).toList());
        for (Marker m : markers) {
            assertTrue(session.state.getIndex().get(m.getElementId()).isPresent(), m.getLabel() + " on a drawn element");
        }
    }
}
