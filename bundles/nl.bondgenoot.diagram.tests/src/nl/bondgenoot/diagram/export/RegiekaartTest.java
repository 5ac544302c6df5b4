package nl.bondgenoot.diagram.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
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
}
