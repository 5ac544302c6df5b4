package nl.bondgenoot.diagram.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.bondgenoot.diagram.representations.DiagramRepresentations;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.representation.description.Representation;
import nl.bondgenoot.representation.table.TableDescription;

/** A plug-in (this test fragment) adds a diagram and a table with a description file only: fragment.xml and representations/. */
class ContributedRepresentationsTest {

    @Test
    void aContributedDescriptionIsOfferedBesideTheBuiltInOnes() {
        List<String> ids = DiagramRepresentations.get().all().stream().map(Representation::id).toList();
        assertEquals("netwerkkaart", ids.get(0), "the built-in ones first");
        assertTrue(ids.contains("wijkteamkaart"), ids.toString());
    }

    @Test
    void aBrokenContributionIsReportedWithFileAndLineAndLeftOut() {
        DiagramRepresentations representations = DiagramRepresentations.get();
        assertTrue(representations.find("kapot").isEmpty());
        assertTrue(representations.problems().contains(
                "nl.bondgenoot.diagram/representations/kapot.weergave.json:7: knoop: het metamodel kent geen klasse 'Actr'; bedoelde u Actor?"),
                representations.problems().toString());
        assertTrue(representations.problems().stream().anyMatch(p -> p.startsWith(
                "nl.bondgenoot.diagram/representations/kapot.weergave.json:11: gereedschap 'lid': de server kan 'Netwerk.regisseur' niet verbinden")),
                "a tool the server cannot carry out: " + representations.problems());
    }

    @Test
    void aContributedTableIsOfferedAfterTheBuiltInTablesAndNotAsADiagram() throws Exception {
        DiagramRepresentations representations = DiagramRepresentations.get();
        assertEquals(List.of("sturingsrelaties", "actoren", "professionals"),
                representations.tables().stream().map(TableDescription::id).toList());
        assertTrue(representations.find("professionals").isEmpty(), "a table is no diagram to make a view of");
        Governancemodel model = ModelFiles.load(SvgDocuments.root().resolve("examples/netwerken/activerend-huisbezoek.bondgenoot"));
        TableDescription professionals = representations.findTable("professionals").orElseThrow();
        List<String> rows = professionals.rowsOf(model).stream().map(row -> professionals.columns().get(0).text(row)).toList();
        List<String> expected = model.getActoren().stream().filter(a -> a.getCategorie() == ActorCategorie.PROFESSIONAL).map(Actor::getNaam).toList();
        assertFalse(expected.isEmpty());
        assertEquals(expected, rows, "only the professionals");
    }

    @Test
    void aBrokenContributedTableIsReportedWithFileAndLineAndTheOthersStay() {
        DiagramRepresentations representations = DiagramRepresentations.get();
        assertTrue(representations.findTable("kapotte-tabel").isEmpty());
        assertTrue(representations.problems().contains(
                "nl.bondgenoot.diagram/representations/kapotte-tabel.weergave.json:10: kolom: 'tekst', kolom 1: 'nam' is geen eigenschap van Actor; bedoelde u naam?"),
                representations.problems().toString());
        assertTrue(representations.findTable("sturingsrelaties").isPresent());
    }

    @Test
    void theContributedLookIsDrawnInTheExport() throws Exception {
        Governancemodel model = ModelFiles.load(SvgDocuments.root().resolve("examples/netwerken/activerend-huisbezoek.bondgenoot"));
        Representation wijkteam = DiagramRepresentations.get().find("wijkteamkaart").orElseThrow();
        String text = NetwerkkaartExport.svg(model, new Notation(), wijkteam);
        java.nio.file.Path pictures = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(pictures.resolve("wijkteamkaart.png"), NetwerkkaartExport.png(text, NetwerkkaartExport.DEFAULT_SCALE));
        Document svg = SvgDocuments.parse(text);
        for (Actor actor : model.getActoren()) {
            Element node = SvgDocuments.withClass(svg, "g", "actor").stream().filter(g -> g.getAttribute("data-id").equals(actor.getId()))
                    .findFirst().orElseThrow();
            Element outline = SvgDocuments.withClass(svg, "path", "actor-shape").stream().filter(p -> p.getParentNode() == node)
                    .findFirst().orElseThrow();
            boolean professional = actor.getCategorie() == ActorCategorie.PROFESSIONAL;
            boolean spil = model.getSturingsrelaties().stream().filter(r -> r.getVan() == actor || r.getNaar() == actor).count() >= 4;
            assertEquals(professional ? "#f3e5f5" : spil ? "#fff3e0" : "#eeeeee", outline.getAttribute("fill"), actor.getNaam());
            // a diamond: four corners, no arcs
            assertEquals(professional, outline.getAttribute("d").split("L").length == 4 && !outline.getAttribute("d").contains("A"),
                    actor.getNaam() + ": " + outline.getAttribute("d"));
        }
        assertTrue(SvgDocuments.texts(svg).contains("Professional (wijkteam)"), "the legend row of the restyled category");
    }

    @Test
    void theContributedScaleGrowsTheBorderWithTheNumberOfSturingsrelaties() throws Exception {
        Governancemodel model = ModelFiles.load(SvgDocuments.root().resolve("examples/netwerken/activerend-huisbezoek.bondgenoot"));
        Representation wijkteam = DiagramRepresentations.get().find("wijkteamkaart").orElseThrow();
        java.util.Set<Object> fout = nl.bondgenoot.rules.Rules.engine().validate(model).stream()
                .filter(f -> f.severity().label().equals("FOUT")).map(f -> f.element()).collect(java.util.stream.Collectors.toSet());
        Document svg = SvgDocuments.parse(NetwerkkaartExport.svg(model, new Notation(), wijkteam));
        java.util.Set<Double> widths = new java.util.TreeSet<>();
        for (Actor actor : model.getActoren()) {
            long relaties = model.getSturingsrelaties().stream().filter(r -> r.getVan() == actor || r.getNaar() == actor).count();
            Element outline = SvgDocuments.withClass(svg, "path", "actor-shape").stream()
                    .filter(p -> ((Element) p.getParentNode()).getAttribute("data-id").equals(actor.getId())).findFirst().orElseThrow();
            double expected = fout.contains(actor) ? 4 : 1 + 4 * Math.min(relaties, 6) / 6.0; // [1, 5] from 0 to 6, a FOUT wins
            double drawn = Double.parseDouble(outline.getAttribute("stroke-width"));
            assertEquals(expected, drawn, 0.01, actor.getNaam() + " with " + relaties + " sturingsrelaties");
            widths.add(drawn);
        }
        assertTrue(widths.size() >= 3, "the example shows several widths: " + widths);
        List<String> texts = SvgDocuments.texts(svg);
        assertTrue(texts.containsAll(List.of("0 sturingsrelaties", "6 of meer sturingsrelaties", "spil: 4 of meer sturingsrelaties")),
                texts.toString());
    }
}
