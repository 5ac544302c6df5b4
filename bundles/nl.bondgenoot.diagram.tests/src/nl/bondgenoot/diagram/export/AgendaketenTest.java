package nl.bondgenoot.diagram.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.bondgenoot.agenda.AgendaFiles;
import nl.bondgenoot.diagram.model.DrawnIds;
import nl.bondgenoot.diagram.notation.MapViews;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.diagram.notation.ReadOnlyViews;
import nl.bondgenoot.diagram.representations.DiagramRepresentations;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.representation.description.Mappings.NodeMapping;
import nl.bondgenoot.representation.description.Representation;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;

/** The Agendaketen, a representation written only as a description, drawn for agendas. */
class AgendaketenTest {

    private static final List<String> KINDS = List.of("agenda", "effect", "opgave", "opdrachtrelatie", "uitvoeringsagenda");

    static Stream<String> exampleAgendas() throws IOException {
        try (Stream<Path> files = Files.walk(SvgDocuments.root().resolve("examples"))) {
            return files.filter(AgendaFiles::isAgenda).map(p -> SvgDocuments.root().relativize(p).toString()).sorted().toList().stream();
        }
    }

    private static Representation agendaketen() {
        return DiagramRepresentations.get().find("agendaketen").orElseThrow();
    }

    @Test
    void isOfferedForAgendasOnlyAndTheNetwerkkaartIsNot() {
        assertEquals(List.of("agendaketen"),
                DiagramRepresentations.get().forFile(Path.of("zelfredzaam.agenda")).stream().map(Representation::id).toList());
        List<String> forModels = DiagramRepresentations.get().forFile(Path.of("kern.bondgenoot")).stream().map(Representation::id).toList();
        assertTrue(forModels.contains("netwerkkaart") && forModels.contains("regiekaart"), forModels.toString());
        assertFalse(forModels.contains("agendaketen"), forModels.toString());
        MapViews views = ReadOnlyViews.of(Path.of("zelfredzaam.agenda"));
        assertEquals(List.of("Agendaketen"), views.names());
        assertEquals("agendaketen", views.standard().representation());
    }

    @ParameterizedTest
    @MethodSource("exampleAgendas")
    void everyExampleAgendaExportsItsChain(String example, @TempDir Path dir) throws Exception {
        Path target = dir.resolve("keten.svg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLineRun.export(new String[] { SvgDocuments.root().resolve(example).toString(), "--format", "svg", "--uit",
                target.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals("Agendaketen geschreven: " + target, out.toString(StandardCharsets.UTF_8).strip());
        Governancemodel model = AgendaFiles.load(SvgDocuments.root().resolve(example));
        Document svg = SvgDocuments.parse(Files.readString(target));
        int opgaven = model.getVeranderagenda() == null ? 0 : model.getVeranderagenda().getOpgaven().size();
        assertEquals(opgaven, SvgDocuments.withClass(svg, "g", "opgave").size(), example);
        assertEquals(model.getUitvoeringsagendas().size(), SvgDocuments.withClass(svg, "g", "uitvoeringsagenda").size(), example);
        assertEquals(model.getMaatschappelijkeAgenda() == null ? 0 : model.getMaatschappelijkeAgenda().getEffecten().size(),
                SvgDocuments.withClass(svg, "g", "effect").size(), example);
    }

    @Test
    void eachKindIsDrawnWithTheLookTheDescriptionGivesItAndTheChainReadsFromLeftToRight() throws Exception {
        Governancemodel model = AgendaFiles.load(SvgDocuments.root().resolve("examples/agendas/zelfredzaamheid.agenda"));
        Notation view = ReadOnlyViews.of(Path.of("zelfredzaamheid.agenda")).standard();
        GGraph graph = HeadlessGModel.build(model, view, agendaketen());
        Document svg = SvgDocuments.parse(NetwerkkaartExport.svg(model, view));
        Map<String, Double> x = new HashMap<>();
        for (String kind : KINDS) {
            List<Element> nodes = SvgDocuments.withClass(svg, "g", kind);
            assertFalse(nodes.isEmpty(), kind);
            NodeMapping mapping = agendaketen().node(kind).orElseThrow();
            for (Element node : nodes) {
                Element outline = SvgDocuments.withClass(svg, "path", kind + "-shape").stream().filter(p -> p.getParentNode() == node)
                        .findFirst().orElseThrow(() -> new AssertionError(kind + ": no outline"));
                assertEquals(mapping.stijl().vulling(), outline.getAttribute("fill"), kind);
            }
            x.put(kind, graph.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast)
                    .filter(n -> n.getType().equals("node:" + kind)).mapToDouble(n -> n.getPosition().getX()).min().orElseThrow());
        }
        assertTrue(x.get("agenda") < x.get("effect") && x.get("effect") < x.get("opgave") && x.get("opgave") < x.get("opdrachtrelatie"),
                "left to right: " + x);
        assertTrue(x.get("opgave") < x.get("uitvoeringsagenda"), "left to right: " + x);
        List<String> texts = SvgDocuments.texts(svg);
        // the four R's of the opdrachtrelatie Consortium, as the agenda states them
        for (String r : List.of("richting laag", "ruimte hoog", "resultaat maatschappelijk effect", "rekenschap hoog")) {
            assertTrue(texts.contains(r), r + " in " + texts);
        }
        assertEquals(3, SvgDocuments.withClass(svg, "g", "volgt-uit").size(), "the opgave follows from three effects");
        assertEquals(1, SvgDocuments.withClass(svg, "g", "uitvoering").size());
        assertTrue(texts.contains("de opgave volgt uit het effect (volgt uit)"), "the legend: " + texts);
    }

    @Test
    void aRuleFindingOnAnElementGivesItTheBorderOfItsSeverity(@TempDir Path dir) throws Exception {
        Path agenda = dir.resolve("bevindingen.agenda");
        Files.writeString(agenda, """
                maatschappelijke agenda "Meedoen"
                  effect Meedoen "Meer inwoners doen mee"
                veranderagenda
                  opgave Werk "werk voor wie kan werken"
                    volgt uit Meedoen
                    opdrachtrelatie
                      richting hoog
                uitvoeringsagenda "Rechtstreeks uit de visie"
                  effect Meedoen
                """);
        Governancemodel model = AgendaFiles.load(agenda);
        Map<EObject, String> worst = new HashMap<>();
        for (Finding finding : Rules.engine().validate(model)) {
            worst.merge(finding.element(), finding.severity().label(),
                    (a, b) -> List.of("FOUT", "WAARSCHUWING", "INFO").indexOf(a) <= List.of("FOUT", "WAARSCHUWING", "INFO").indexOf(b) ? a : b);
        }
        Map<String, String> border = Map.of("FOUT", "#c62828", "WAARSCHUWING", "#e09b00", "INFO", "#0277bd");
        Document svg = SvgDocuments.parse(NetwerkkaartExport.svg(model, ReadOnlyViews.of(agenda).standard()));
        int judged = 0;
        for (Map.Entry<EObject, String> entry : worst.entrySet()) {
            String id = DrawnIds.of(entry.getKey());
            Element node = SvgDocuments.elements(svg, "g").stream().filter(g -> g.getAttribute("data-id").equals(id)).findFirst()
                    .orElse(null);
            if (node == null) {
                continue; // not drawn (the file as a whole, an indicator)
            }
            Element outline = SvgDocuments.elements(svg, "path").stream().filter(p -> p.getParentNode() == node
                    && p.getAttribute("class").endsWith("-shape")).findFirst().orElseThrow();
            assertEquals(border.get(entry.getValue()), outline.getAttribute("stroke"), id + " " + entry.getValue());
            judged++;
        }
        assertTrue(judged > 0, "findings on drawn elements: " + worst.values());
        // the opdrachtrelatie without a name, with one of its four R's
        List<String> texts = SvgDocuments.texts(svg);
        assertTrue(texts.containsAll(List.of("richting hoog", "geen ruimte", "geen resultaat", "geen rekenschap")), texts.toString());
    }

    @Test
    void idsStayTheSameWhenAnOpgaveIsAddedBeforeTheOthers(@TempDir Path dir) throws Exception {
        Path agenda = dir.resolve("zelfredzaamheid.agenda");
        Files.copy(SvgDocuments.root().resolve("examples/agendas/partijen.bondgenoot"), dir.resolve("partijen.bondgenoot"));
        String text = Files.readString(SvgDocuments.root().resolve("examples/agendas/zelfredzaamheid.agenda"));
        Files.writeString(agenda, text);
        Set<String> before = ids(AgendaFiles.load(agenda), agenda);
        String added = text.replace("  opgave ZelfredzaamheidVersterken", """
                  opgave EenzaamheidVerminderen "minder eenzame ouderen"
                    volgt uit Participatie
                    opdrachtrelatie Buurtnetwerk
                      richting hoog
                  opgave ZelfredzaamheidVersterken""");
        Files.writeString(agenda, added);
        Governancemodel changed = AgendaFiles.load(agenda);
        Set<String> after = ids(changed, agenda);
        assertTrue(after.containsAll(before), "every id of before is still there: " + before + " / " + after);
        Set<String> added2 = new HashSet<>(after);
        added2.removeAll(before);
        Opgave nieuw = changed.getVeranderagenda().getOpgaven().get(0);
        assertTrue(added2.contains(DrawnIds.of(nieuw)) && added2.contains(DrawnIds.of(nieuw.getOpdrachtrelaties().get(0))), added2.toString());
    }

    @Test
    void twoElementsOfTheSameKindAndNameGetTwoIds(@TempDir Path dir) throws Exception {
        Path agenda = dir.resolve("dubbel.agenda");
        Files.writeString(agenda, """
                veranderagenda
                  opgave Werk "werk"
                    opdrachtrelatie
                    opdrachtrelatie
                  opgave Werk "nog eens werk"
                """);
        Governancemodel model = AgendaFiles.read(agenda).model(); // the agenda rules report the duplicate name
        GGraph graph = HeadlessGModel.build(model, ReadOnlyViews.of(agenda).standard(), agendaketen());
        List<String> nodes = graph.getChildren().stream().filter(GNode.class::isInstance).map(GModelElement::getId).toList();
        assertEquals(List.of("Veranderagenda/Opgave:Werk", "Veranderagenda/Opgave:Werk/Opdrachtrelatie#1",
                "Veranderagenda/Opgave:Werk/Opdrachtrelatie#2", "Veranderagenda/Opgave:Werk~2"), nodes.stream().sorted().toList());
        assertEquals(2, graph.getChildren().stream().filter(GEdge.class::isInstance).count());
    }

    @Test
    void anAgendaThatDoesNotParseIsRefusedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path agenda = dir.resolve("kapot.agenda");
        Files.writeString(agenda, "veranderagenda\n  opgave Werk \"werk\"\n    volgt uit\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLineRun.export(new String[] { agenda.toString(), "--format", "svg" }, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("bondgenoot export: " + agenda + ":"), message);
        assertTrue(message.matches("(?s).*kapot\\.agenda:\\d+: .*"), message);
        assertFalse(Files.exists(dir.resolve("kapot.svg")));
    }

    private static Set<String> ids(Governancemodel model, Path file) {
        GGraph graph = HeadlessGModel.build(model, ReadOnlyViews.of(file).standard(), agendaketen());
        Set<String> ids = new HashSet<>();
        graph.getChildren().forEach(c -> ids.add(c.getId()));
        return ids;
    }
}
