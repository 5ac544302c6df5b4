package nl.bondgenoot.diagram.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.bondgenoot.diagram.model.NetwerkkaartGModelFactory;
import nl.bondgenoot.diagram.glsp.NetwerkkaartTypes;
import nl.bondgenoot.diagram.layout.Box;
import nl.bondgenoot.diagram.layout.LayoutGraph;
import nl.bondgenoot.diagram.notation.Bounds;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.persistence.ModelFiles;

/**
 * The exported map of every example network, as it is drawn: no node box on another, no edge label
 * on a node or on another label, and every convenant's region around exactly its partners (no other
 * actor, netwerk or convenant in it). The browser test (geen-overlap.test.mjs) asserts the same on
 * the map as Chromium draws it.
 */
class MapWithoutOverlapsTest {

    static Stream<String> examples() throws IOException {
        List<String> examples = new ArrayList<>();
        for (String folder : List.of("examples/netwerken", "examples/skelet")) {
            try (Stream<Path> files = Files.list(SvgDocuments.root().resolve(folder))) {
                files.map(p -> folder + "/" + p.getFileName()).filter(n -> n.endsWith(".bondgenoot")).sorted().forEach(examples::add);
            }
        }
        return examples.stream();
    }

    /** What the export draws: node boxes, edge label boxes and grouping regions, by the export's own geometry. */
    record Drawing(Map<String, Box> nodes, Map<String, String> names, List<Box> labels, List<String> labelTexts,
            Map<String, Box> regions, Map<String, List<String>> members) {

        static Drawing of(GGraph graph) {
            Map<String, Box> nodes = new LinkedHashMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            List<GNode> gnodes = new ArrayList<>();
            List<GEdge> edges = new ArrayList<>();
            for (GModelElement child : graph.getChildren()) {
                if (child instanceof GNode node) {
                    gnodes.add(node);
                    nodes.put(node.getId(), Box.of(node));
                    names.put(node.getId(), node.getChildren().stream().filter(GLabel.class::isInstance).map(GLabel.class::cast)
                            .filter(l -> l.getType().equals(NetwerkkaartTypes.LABEL_NAAM)).map(GLabel::getText).findFirst().orElse(node.getId()));
                } else if (child instanceof GEdge edge) {
                    edges.add(edge);
                }
            }
            EdgeLines lines = new EdgeLines(nodes);
            List<Box> labels = lines.labelBoxes(edges);
            List<String> texts = new ArrayList<>();
            edges.forEach(e -> e.getChildren().stream().filter(GLabel.class::isInstance).map(GLabel.class::cast)
                    .forEach(l -> texts.add(l.getText())));
            NodeShapes shapes = new NodeShapes(nodes);
            Map<String, Box> regions = new LinkedHashMap<>();
            Map<String, List<String>> members = new LinkedHashMap<>();
            for (GNode node : gnodes) {
                shapes.region(node).ifPresent(region -> {
                    regions.put(node.getId(), region);
                    members.put(node.getId(), nl.bondgenoot.diagram.model.LookArgs.ids(node, nl.bondgenoot.diagram.model.LookArgs.GROUP));
                });
            }
            return new Drawing(nodes, names, labels, texts, regions, members);
        }

        /** Every overlap a reader would see, named; empty when there is none. */
        List<String> problems() {
            List<String> problems = new ArrayList<>();
            List<String> ids = List.copyOf(nodes.keySet());
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    if (nodes.get(ids.get(i)).intersects(nodes.get(ids.get(j)))) {
                        problems.add("node '" + names.get(ids.get(i)) + "' overlaps node '" + names.get(ids.get(j)) + "'");
                    }
                }
            }
            for (int i = 0; i < labels.size(); i++) {
                for (String id : ids) {
                    if (labels.get(i).intersects(nodes.get(id))) {
                        problems.add("label '" + labelTexts.get(i) + "' lies on node '" + names.get(id) + "'");
                    }
                }
                for (int j = i + 1; j < labels.size(); j++) {
                    if (labels.get(i).intersects(labels.get(j))) {
                        problems.add("label '" + labelTexts.get(i) + "' lies on label '" + labelTexts.get(j) + "'");
                    }
                }
            }
            regions.forEach((owner, region) -> {
                for (String id : ids) {
                    boolean member = id.equals(owner) || members.get(owner).contains(id);
                    if (member && !region.contains(nodes.get(id))) {
                        problems.add("region of '" + names.get(owner) + "' does not hold its partner '" + names.get(id) + "'");
                    } else if (!member && region.intersects(nodes.get(id))) {
                        problems.add("region of '" + names.get(owner) + "' holds '" + names.get(id) + "', who is no partner");
                    }
                }
            });
            return problems;
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void noNodeOnAnotherNoLabelOnANodeOrLabelAndEachRegionHoldsExactlyItsPartners(String example) throws Exception {
        Governancemodel model = ModelFiles.load(SvgDocuments.root().resolve(example));
        Drawing drawing = Drawing.of(HeadlessGModel.build(model, new Notation()));
        assertEquals(List.of(), drawing.problems(), example);
        assertEquals(model.getConvenanten().size(), drawing.regions().size(), example + ": a region per convenant");
    }

    /** The cause of nodes drawn on top of each other: ELK placed boxes of another size than those drawn. */
    @ParameterizedTest
    @MethodSource("examples")
    void theLayoutPlacesEveryNodeAtTheSizeItIsDrawn(String example) throws Exception {
        Governancemodel model = ModelFiles.load(SvgDocuments.root().resolve(example));
        Drawing drawing = Drawing.of(HeadlessGModel.build(model, new Notation()));
        LayoutGraph graph = NetwerkkaartGModelFactory.layoutGraph(model, new Notation());
        drawing.nodes().forEach((id, box) -> {
            LayoutGraph.Node node = graph.boxes().get(id);
            assertEquals(box.width(), node.width(), 0.001, example + ": width of " + drawing.names().get(id));
            assertEquals(box.height(), node.height(), 0.001, example + ": height of " + drawing.names().get(id));
        });
    }

    /** Netwerk Welzijn Versterkt has two sturingsrelaties between the gemeente and the zorgkantoor. */
    @Test
    void parallelSturingsrelatiesRunApartWithTheirLabelsApart() throws Exception {
        Governancemodel model = ModelFiles.load(SvgDocuments.root().resolve("examples/netwerken/netwerk-welzijn-versterkt.bondgenoot"));
        GGraph graph = HeadlessGModel.build(model, new Notation());
        List<GEdge> parallel = new ArrayList<>();
        for (Sturingsrelatie a : model.getSturingsrelaties()) {
            for (Sturingsrelatie b : model.getSturingsrelaties()) {
                if (a != b && (a.getVan() == b.getVan() && a.getNaar() == b.getNaar() || a.getVan() == b.getNaar() && a.getNaar() == b.getVan())) {
                    parallel.add(graph.getChildren().stream().filter(GEdge.class::isInstance).map(GEdge.class::cast)
                            .filter(e -> e.getId().equals(a.getId())).findFirst().orElseThrow());
                }
            }
        }
        assertEquals(2, parallel.size(), "the example has two parallel sturingsrelaties");
        Map<String, Box> nodes = Drawing.of(graph).nodes();
        EdgeLines lines = new EdgeLines(nodes);
        double[] middle0 = lines.route(parallel.get(0)).orElseThrow().pointAt(0.5);
        double[] middle1 = lines.route(parallel.get(1)).orElseThrow().pointAt(0.5);
        assertTrue(Math.hypot(middle0[0] - middle1[0], middle0[1] - middle1[1]) >= 30,
                "the middles of the two lines lie apart: " + Arrays.toString(middle0) + " " + Arrays.toString(middle1));
        List<Box> labels = lines.labelBoxes(parallel);
        assertEquals(2, labels.size());
        assertTrue(!labels.get(0).intersects(labels.get(1)), "labels apart: " + labels);
    }

    /** A stored layout from before (boxes placed at an estimated size) is repaired when it is read. */
    @Test
    void aStoredLayoutWithOverlappingBoxesIsRepairedWhenRead() throws Exception {
        Governancemodel model = ModelFiles.load(SvgDocuments.root().resolve("examples/netwerken/activerend-huisbezoek.bondgenoot"));
        Notation stored = new Notation();
        Drawing fresh = Drawing.of(HeadlessGModel.build(model, new Notation()));
        fresh.nodes().forEach((id, box) -> stored.put(id, Bounds.at(box.x(), box.y())));
        List<String> ids = List.copyOf(fresh.nodes().keySet());
        Box first = fresh.nodes().get(ids.get(0));
        stored.put(ids.get(1), Bounds.at(first.x() + 20, first.y() + 10)); // one box stored on another
        Drawing read = Drawing.of(HeadlessGModel.build(model, stored));
        assertEquals(List.of(), read.problems());
        Box a = read.nodes().get(ids.get(0));
        Box b = read.nodes().get(ids.get(1));
        assertTrue(a.x() != first.x() || a.y() != first.y() || b.x() != first.x() + 20 || b.y() != first.y() + 10, "moved apart");
    }
}
