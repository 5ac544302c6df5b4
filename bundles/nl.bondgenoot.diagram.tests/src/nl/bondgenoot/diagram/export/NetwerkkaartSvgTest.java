package nl.bondgenoot.diagram.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.persistence.ModelFiles;

/**
 * The SVG of the example networks: well-formed, every actor's name, one shape per drawn node, an edge
 * per sturingsrelatie, the legend, the badge and colour of a netwerkregisseur, escaped names.
 */
class NetwerkkaartSvgTest {

    /** The regisseur's colour in the netwerkkaart description. */
    private static final String REGISSEUR = "#ad1457";

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(SvgDocuments.root().resolve("examples/netwerken"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bondgenoot")).sorted().toList().stream();
        }
    }

    static Governancemodel load(String example) throws Exception {
        return ModelFiles.load(SvgDocuments.root().resolve("examples/netwerken/" + example));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void drawsEveryActorNetworkConvenantAndSturingsrelatie(String example) throws Exception {
        Governancemodel model = load(example);
        Document svg = SvgDocuments.parse(NetwerkkaartExport.svg(model, new Notation()));

        List<String> texts = SvgDocuments.texts(svg);
        for (Actor actor : model.getActoren()) {
            assertTrue(texts.contains(actor.getNaam()), example + ": the name of " + actor.getNaam());
        }
        assertEquals(model.getActoren().size(), SvgDocuments.withClass(svg, "*", "actor-shape").size(), example + ": actor shapes");
        assertEquals(model.getNetwerken().size(), SvgDocuments.withClass(svg, "path", "netwerk-shape").size(), example);
        assertEquals(model.getConvenanten().size(), SvgDocuments.withClass(svg, "path", "convenant-shape").size(), example);

        List<Element> relations = SvgDocuments.withClass(svg, "g", "sturingsrelatie");
        assertEquals(model.getSturingsrelaties().size(), relations.size(), example + ": sturingsrelaties");
        for (Sturingsrelatie relatie : model.getSturingsrelaties()) {
            Element edge = relations.stream().filter(e -> e.getAttribute("data-id").equals(relatie.getId())).findFirst().orElseThrow();
            assertEquals(1, SvgDocuments.withClass(edge.getOwnerDocument(), "path", "pijlpunt").stream()
                    .filter(p -> p.getParentNode() == edge).count(), "one arrowhead");
            assertTrue(edge.getTextContent().contains(nl.bondgenoot.model.labels.Labels.of(relatie.getSoort())), "label of " + relatie);
        }
        long memberships = model.getNetwerken().stream().mapToLong(n -> n.getLeden().size()).sum();
        assertEquals(memberships, SvgDocuments.withClass(svg, "g", "lidmaatschap").size(), example + ": memberships");

        assertEquals(1, SvgDocuments.withClass(svg, "g", "legenda").size(), "the legend");
        assertTrue(texts.contains(Legend.TITLE));
        assertTrue(texts.contains("toezicht"), "a legend row of the description");
        assertEquals("#ffffff", SvgDocuments.withClass(svg, "rect", "achtergrond").get(0).getAttribute("fill"), "white background");
    }

    @Test
    void aNetwerkregisseurHasItsBadgeAndHeavyBorder() throws Exception {
        Governancemodel model = load("familie-van-dalen.bondgenoot");
        Netwerk netwerk = model.getNetwerken().stream().filter(n -> n.getRegisseur() != null).findFirst().orElseThrow();
        Actor regisseur = netwerk.getRegisseur().getActor();
        Document svg = SvgDocuments.parse(NetwerkkaartExport.svg(model, new Notation()));

        Element node = SvgDocuments.withClass(svg, "g", "actor").stream()
                .filter(g -> g.getAttribute("data-id").equals(regisseur.getId())).findFirst().orElseThrow();
        Element shape = SvgDocuments.withClass(svg, "*", "actor-shape").stream().filter(s -> s.getParentNode() == node).findFirst()
                .orElseThrow();
        assertEquals(REGISSEUR, shape.getAttribute("stroke"));
        assertEquals("4", shape.getAttribute("stroke-width"));
        Element badge = SvgDocuments.withClass(svg, "g", "badge").stream().filter(b -> b.getParentNode() == node).findFirst()
                .orElseThrow();
        assertTrue(List.of("NAO-regisseur", "Netwerkregisseur").contains(badge.getTextContent().trim()), badge.getTextContent());
        assertEquals(REGISSEUR, SvgDocuments.withClass(svg, "rect", "badge-vlak").stream()
                .filter(r -> r.getParentNode() == badge).findFirst().orElseThrow().getAttribute("fill"));
    }

    @Test
    void anActorOfUnknownCategorieAndARelationOfUnknownSoortAreDrawnGreyAndDashedWithTheirLegendRows() throws Exception {
        Governancemodel model = load("ok-team-kamperpoort.bondgenoot");
        Actor actor = model.getActoren().get(0);
        actor.setCategorie(nl.bondgenoot.model.ActorCategorie.ONBEKEND);
        actor.setSoort(null);
        Sturingsrelatie relatie = model.getSturingsrelaties().get(0);
        relatie.setSoort(nl.bondgenoot.model.SturingsrelatieSoort.ONBEKEND);
        Document svg = SvgDocuments.parse(NetwerkkaartExport.svg(model, new Notation()));

        Element node = SvgDocuments.withClass(svg, "g", "actor").stream().filter(g -> g.getAttribute("data-id").equals(actor.getId()))
                .findFirst().orElseThrow();
        Element shape = SvgDocuments.withClass(svg, "*", "actor-shape").stream().filter(x -> x.getParentNode() == node).findFirst()
                .orElseThrow();
        assertEquals("#eceff1", shape.getAttribute("fill"), "drawn, with the neutral look, not as an overheid");
        assertEquals("4 4", shape.getAttribute("stroke-dasharray"));
        assertTrue(node.getTextContent().contains("categorie onbekend"), node.getTextContent());
        Element edge = SvgDocuments.withClass(svg, "g", "sturingsrelatie").stream()
                .filter(e -> e.getAttribute("data-id").equals(relatie.getId())).findFirst().orElseThrow();
        assertTrue(edge.getTextContent().contains("onbekend"), edge.getTextContent());
        List<String> texts = SvgDocuments.texts(svg);
        assertTrue(texts.contains("Categorie onbekend"), "the legend row of the unknown categorie");
        assertTrue(texts.contains("soort onbekend"), "the legend row of the unknown soort");
    }

    @Test
    void financieringsstromenAreArrowsFromFinancierToOntvangerOnTheirOwnLayer() throws Exception {
        // Netwerk Welzijn Versterkt: Gemeente Peel en Maas subsidises the project (S3:2569-2570, 2588)
        Governancemodel model = load("netwerk-welzijn-versterkt.bondgenoot");
        var stroom = model.getFinancieringsstromen().get(0);
        Document svg = SvgDocuments.parse(NetwerkkaartExport.svg(model, new Notation()));
        List<Element> stromen = SvgDocuments.withClass(svg, "g", "financieringsstroom");
        assertEquals(model.getFinancieringsstromen().size(), stromen.size());
        Element edge = stromen.stream().filter(e -> e.getAttribute("data-id").equals(stroom.getId())).findFirst().orElseThrow();
        assertEquals("subsidie", edge.getTextContent().trim(), "labelled with the instrument");
        assertEquals(1, SvgDocuments.withClass(svg, "path", "pijlpunt").stream().filter(p -> p.getParentNode() == edge).count());
        assertTrue(SvgDocuments.texts(svg).contains("financieringsstroom van financier naar ontvanger (label: instrument · kader · bedrag)"),
                "its legend row");
        int relaties = SvgDocuments.withClass(svg, "g", "sturingsrelatie").size();

        Notation zonder = new Notation();
        zonder.layer("financieringsstromen", false);
        Document hidden = SvgDocuments.parse(NetwerkkaartExport.svg(model, zonder));
        assertEquals(List.of(), SvgDocuments.withClass(hidden, "g", "financieringsstroom"), "the layer Financiering off");
        assertEquals(relaties, SvgDocuments.withClass(hidden, "g", "sturingsrelatie").size(), "the other lines stay");
        Notation zonderSubsidie = new Notation();
        zonderSubsidie.layer("financiering", false);
        assertEquals(1, SvgDocuments.withClass(SvgDocuments.parse(NetwerkkaartExport.svg(model, zonderSubsidie)), "g",
                "financieringsstroom").size(), "the financial sturingsrelaties' layer leaves the flows");
    }

    @Test
    void escapesSpecialCharactersInNames() throws Exception {
        Governancemodel model = load("ok-team-kamperpoort.bondgenoot");
        String name = "Zorg & Welzijn <\"Oost\"> 'n ]]> café \u0001";
        model.getActoren().get(0).setNaam(name);
        String text = NetwerkkaartExport.svg(model, new Notation());
        assertFalse(text.contains("<\"Oost\">"), "not raw");
        assertTrue(text.contains("Zorg &amp; Welzijn &lt;&quot;Oost&quot;&gt; &apos;n ]]&gt; café"), "escaped");
        Document svg = SvgDocuments.parse(text);
        assertTrue(SvgDocuments.texts(svg).contains("Zorg & Welzijn <\"Oost\"> 'n ]]> café "), "read back as written, control character left out");
    }

    @Test
    void keepsTheStoredPlacesAndLeavesTheNotationAlone() throws Exception {
        Governancemodel model = load("ok-team-kamperpoort.bondgenoot");
        Actor actor = model.getActoren().get(0);
        Notation notation = new Notation();
        notation.put(actor.getId(), nl.bondgenoot.diagram.notation.Bounds.at(1000, 2000));
        Document svg = SvgDocuments.parse(NetwerkkaartExport.svg(model, notation));
        Element node = SvgDocuments.withClass(svg, "g", "actor").stream().filter(g -> g.getAttribute("data-id").equals(actor.getId()))
                .findFirst().orElseThrow();
        assertEquals("translate(1000 2000)", node.getAttribute("transform"));
        assertEquals(1, notation.size(), "ELK placed the others in a copy");
        double[] viewBox = SvgDocuments.viewBox(svg);
        assertTrue(viewBox[0] + viewBox[2] > 1000 + 170 && viewBox[1] + viewBox[3] > 2000 + 62, "the viewBox holds the node");
    }

    /** The look is the description's only: the page's style sheet and the export's code hold no colour of the map. */
    @Test
    void noColourOfTheMapIsWrittenOutsideItsDescription() throws Exception {
        Path root = SvgDocuments.root();
        String description = Files.readString(root.resolve(
                "bundles/nl.bondgenoot.representation/representations/netwerkkaart.weergave.json")).toLowerCase();
        Matcher colour = Pattern.compile("#[0-9a-f]{6}").matcher(description);
        java.util.Set<String> colours = new java.util.TreeSet<>();
        while (colour.find()) {
            colours.add(colour.group());
        }
        assertTrue(colours.size() > 20, "found the description's colours");
        colours.remove("#ffffff"); // the badge text and the export's background are both white
        colours.remove("#1b1f24"); // the text colour of the page and the export's legend
        String css = Files.readString(root.resolve("bundles/nl.bondgenoot.diagram/webclient/css/netwerkkaart.css")).toLowerCase();
        try (var sources = Files.walk(root.resolve("bundles/nl.bondgenoot.diagram/src"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source).toLowerCase();
                colours.forEach(c -> assertFalse(code.contains(c), c + " in " + source));
            }
        }
        colours.forEach(c -> assertFalse(css.contains(c), c + " in netwerkkaart.css"));
    }
}
