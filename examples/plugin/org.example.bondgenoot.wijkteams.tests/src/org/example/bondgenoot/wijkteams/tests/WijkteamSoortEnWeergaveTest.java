package org.example.bondgenoot.wijkteams.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import nl.bondgenoot.diagram.representations.DiagramRepresentations;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.soorten.ActorSoort;
import nl.bondgenoot.model.soorten.ActorSoorten;
import nl.bondgenoot.representation.description.Representation;

/** The actor kind (nl.bondgenoot.model.actorSoorten) and the view (nl.bondgenoot.diagram.representations) arrive and draw. */
class WijkteamSoortEnWeergaveTest {

    private static final String WIJKTEAM_ID = "0e8a5c41-7d2b-4f6e-9c13-5a1b2c3d4104";

    @Test
    void theActorKindIsRegisteredWithItsIcon() {
        ActorSoort wijkteam = ActorSoorten.find("wijkteam");
        assertEquals("Wijkteam", wijkteam.label());
        assertEquals(ActorCategorie.PROFESSIONAL, wijkteam.categorie());
        assertEquals("org.example.bondgenoot.wijkteams", wijkteam.bundle());
        assertEquals("icons/wijkteam.svg", wijkteam.icon());
        assertTrue(ActorSoorten.of(ActorCategorie.PROFESSIONAL).contains(wijkteam));
    }

    @Test
    void theViewIsOfferedAndReadWithoutProblems() {
        DiagramRepresentations representations = DiagramRepresentations.get();
        Representation view = representations.find("wijkteams").orElseThrow(() -> new AssertionError(representations.problems()));
        assertEquals("Wijkteams", view.naam());
        assertTrue(representations.problems().stream().noneMatch(p -> p.startsWith("org.example")), representations.problems().toString());
    }

    @Test
    void theViewExportsWithTheWijkteamDrawnInItsOwnLook(@TempDir Path folder) throws Exception {
        Path svg = folder.resolve("wijkteams.svg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = nl.bondgenoot.cli.Cli.run(new String[] { "export", Voorbeeld.folder().resolve(Voorbeeld.BESTAND).toString(), "--format", "svg",
                "--weergave", "Wijkteams", "--uit", svg.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("(weergave Wijkteams)"), out.toString(StandardCharsets.UTF_8));

        Document document = parse(svg);
        Element node = byDataId(document, WIJKTEAM_ID);
        Element outline = firstChildPath(node);
        assertEquals("#e0f2f1", outline.getAttribute("fill"), "the wijkteam kind's own fill");
        assertEquals("#00796b", outline.getAttribute("stroke"));
        assertTrue(Files.readString(svg).contains("Wijkteam (actorsoort van de plug-in)"), "its legend row");
        Element carint = firstChildPath(byDataId(document, "0e8a5c41-7d2b-4f6e-9c13-5a1b2c3d4102"));
        assertEquals("#eeeeee", carint.getAttribute("fill"), "another kind keeps the default look");
    }

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(svg.toFile());
    }

    private static Element byDataId(Document document, String id) {
        NodeList groups = document.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("data-id").equals(id)) {
                return g;
            }
        }
        throw new AssertionError("no node with data-id " + id);
    }

    private static Element firstChildPath(Element group) {
        List<Element> paths = new java.util.ArrayList<>();
        NodeList all = group.getElementsByTagNameNS("*", "path");
        for (int i = 0; i < all.getLength(); i++) {
            paths.add((Element) all.item(i));
        }
        return paths.stream().filter(p -> p.getAttribute("class").contains("actor-shape")).findFirst()
                .orElseThrow(() -> new AssertionError("no actor-shape in " + group.getAttribute("data-id")));
    }
}
