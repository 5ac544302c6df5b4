package nl.bondgenoot.diagram.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.RegieRol;
import nl.bondgenoot.model.Rol;
import nl.bondgenoot.representation.description.Representation;
import nl.bondgenoot.diagram.representations.DiagramRepresentations;

/** The Regiekaart, a representation written only as a description, drawn for every example network. */
class RegiekaartTest {

    static java.util.stream.Stream<String> examples() throws java.io.IOException {
        return NetwerkkaartSvgTest.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void drawsEveryNetwerkItsRolesAndWhoHoldsThem(String example) throws Exception {
        Governancemodel model = NetwerkkaartSvgTest.load(example);
        Representation regiekaart = DiagramRepresentations.get().find("regiekaart").orElseThrow();
        String text = NetwerkkaartExport.svg(model, new Notation(), regiekaart);
        Document svg = SvgDocuments.parse(text);
        List<Rol> rollen = model.getNetwerken().stream().flatMap(n -> n.getRollen().stream()).toList();
        assertEquals(model.getNetwerken().size(), SvgDocuments.withClass(svg, "g", "netwerk").size(), example);
        assertEquals(rollen.size(), SvgDocuments.withClass(svg, "g", "rol").size(), example + ": a node per rol");
        assertEquals(rollen.size(), SvgDocuments.withClass(svg, "g", "rol-in").size(), example + ": each rol in its netwerk");
        assertEquals(rollen.stream().filter(r -> r.getActor() != null).count(), SvgDocuments.withClass(svg, "g", "vervuld-door").size(),
                example + ": who holds each rol");
        List<String> texts = SvgDocuments.texts(svg);
        for (Netwerk netwerk : model.getNetwerken()) {
            if (netwerk.getRegie() != null) {
                assertTrue(texts.stream().anyMatch(t -> t.startsWith("regierol ")), example + ": the regieprofiel of " + netwerk.getNaam());
            }
        }
        if (example.contains("sleutelteam")) {
            Path pictures = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(pictures.resolve("regiekaart-" + example.replace(".bondgenoot", ".png")),
                    NetwerkkaartExport.png(text, NetwerkkaartExport.DEFAULT_SCALE));
        }
    }

    /** S3:1017-1021: "overgangsvormen tussen de drie rollen"; the map says so instead of drawing it as no regierol. */
    @Test
    void anOvergangsvormHasItsOwnDashedBorderAndLegendRow() throws Exception {
        Representation regiekaart = DiagramRepresentations.get().find("regiekaart").orElseThrow();
        String overgangText = regiekaartWith(RegieRol.OVERGANGSVORM, regiekaart);
        Files.write(Files.createDirectories(Path.of("target", "screenshots")).resolve("regiekaart-overgangsvorm.png"),
                NetwerkkaartExport.png(overgangText, NetwerkkaartExport.DEFAULT_SCALE));
        Document overgang = SvgDocuments.parse(overgangText);
        assertEquals(List.of("#00796b"), borderOfTheNetwerk(overgang), "the overgangsvorm's colour on the netwerk's border");
        assertTrue(SvgDocuments.texts(overgang).contains("overgangsvorm tussen de regierollen (S3:1017-1021)"), "and in the legend");
        Document facilitator = SvgDocuments.parse(regiekaartWith(RegieRol.FACILITATOR, regiekaart));
        assertEquals(List.of("#c25e00"), borderOfTheNetwerk(facilitator), "a facilitator keeps its own colour");
    }

    /** The stroke colours of the netwerk node with a regieprofiel (its outline, not its labels). */
    private static List<String> borderOfTheNetwerk(Document svg) {
        Element netwerk = SvgDocuments.withClass(svg, "g", "netwerk").stream()
                .filter(g -> g.getTextContent().contains("regierol ")).findFirst().orElseThrow();
        List<String> strokes = new java.util.ArrayList<>();
        org.w3c.dom.NodeList all = netwerk.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String stroke = ((Element) all.item(i)).getAttribute("stroke");
            if (!stroke.isEmpty() && !stroke.equals("none") && !strokes.contains(stroke)) {
                strokes.add(stroke);
            }
        }
        return strokes;
    }

    private static String regiekaartWith(RegieRol rol, Representation regiekaart) throws Exception {
        Governancemodel model = NetwerkkaartSvgTest.load("sleutelteam-berflo-es.bondgenoot");
        Netwerk netwerk = model.getNetwerken().stream().filter(n -> n.getRegie() != null).findFirst().orElseThrow();
        netwerk.getRegie().setRegierol(rol);
        return NetwerkkaartExport.svg(model, new Notation(), regiekaart);
    }
}
