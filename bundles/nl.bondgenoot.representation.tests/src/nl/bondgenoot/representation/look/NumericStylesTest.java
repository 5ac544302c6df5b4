package nl.bondgenoot.representation.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.representation.DescriptionException;
import nl.bondgenoot.representation.DescriptionProblem;
import nl.bondgenoot.representation.RepresentationReader;
import nl.bondgenoot.representation.description.Representation;
import nl.bondgenoot.representation.expression.Context;
import nl.bondgenoot.representation.expression.Expression;
import nl.bondgenoot.representation.look.Looks.NodeLook;

/**
 * A style by number: the derived feature aantalRelaties, a condition on it, a size policy ("schaal")
 * that grows a node's border and width with it and stops at its ends, and the legend's readable rows.
 */
class NumericStylesTest {

    private static final BondgenootFactory F = BondgenootFactory.eINSTANCE;

    private static final String DESCRIPTION = """
            {
              "formaat": "bondgenoot-weergave",
              "versie": 1,
              "id": "spil",
              "naam": "Spilkaart",
              "knopen": [
                {
                  "id": "actor",
                  "klasse": "Actor",
                  "elementen": "actoren",
                  "vulling": "#eeeeee",
                  "grootte": { "breedte": 150, "hoogte": 50 },
                  "schaal": { "waarde": "aantalRelaties", "van": 1, "tot": 5, "randdikte": [1, 5], "breedte": [150, 250], "legenda": "sturingsrelaties" },
                  "stijlen": [
                    { "als": "aantalRelaties > 3", "vulling": "#fff3e0", "legenda": "meer dan 3 sturingsrelaties" },
                    { "als": "categorie == 'burger'", "randdikte": 9 }
                  ],
                  "legenda": "Actoren"
                }
              ],
              "lijnen": [
                { "id": "relatie", "klasse": "Sturingsrelatie", "elementen": "sturingsrelaties", "bron": "van", "doel": "naar",
                  "schaal": { "waarde": "aantal(van.netwerken)", "tot": 2, "dikte": [1, 3] } }
              ]
            }
            """;

    private final Governancemodel model = F.createGovernancemodel();

    private Actor actor(String naam) {
        return SmallModels.actor(model, naam, ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE);
    }

    private void relation(Actor van, Actor naar) {
        SmallModels.relation(model, van, naar, SturingsrelatieSoort.SUBSIDIE);
    }

    @Test
    void aantalRelatiesCountsTheSturingsrelatiesFromAndToTheActor() throws Exception {
        Actor spil = actor("Spil");
        Actor a = actor("A");
        Actor b = actor("B");
        actor("Alleen");
        relation(spil, a);
        relation(b, spil);
        relation(a, b);
        Representation representation = RepresentationReader.read(DESCRIPTION, "spil.weergave.json");
        LookResolver looks = new LookResolver(representation, Context.NONE);
        Expression aantal = Expression.parse("aantalRelaties");
        List<Object> counts = model.getActoren().stream().map(x -> aantal.evaluate(x, Context.NONE)).toList();
        assertEquals(List.of(2.0, 2.0, 2.0, 0.0), counts);
        assertEquals(3, looks.elements(Expression.parse("actoren"), Expression.parse("aantalRelaties >= 2"), model).size());
    }

    @Test
    void theScaleGrowsBorderAndWidthWithTheNumberAndStopsAtItsEnds() throws Exception {
        Actor spil = actor("Spil");
        Actor alleen = actor("Alleen");
        Actor midden = actor("Midden");
        for (int i = 0; i < 7; i++) {
            relation(spil, actor("Partner " + i));
        }
        relation(midden, spil);
        relation(midden, alleen);
        relation(midden, actor("Nog een"));
        Representation representation = RepresentationReader.read(DESCRIPTION, "spil.weergave.json");
        LookResolver looks = new LookResolver(representation, Context.NONE);
        NodeLook many = looks.node(representation.knopen().get(0), spil); // 8 relations: past 'tot'
        NodeLook one = looks.node(representation.knopen().get(0), alleen); // 1: at 'van'
        NodeLook three = looks.node(representation.knopen().get(0), midden); // 3: halfway
        assertEquals(5.0, many.style().randdikte());
        assertEquals(250.0, many.minWidth());
        assertEquals("#fff3e0", many.style().vulling(), "more than 3: the conditional style by number");
        assertEquals(1.0, one.style().randdikte());
        assertEquals(150.0, one.minWidth());
        assertEquals("#eeeeee", one.style().vulling());
        assertEquals(3.0, three.style().randdikte());
        assertEquals(200.0, three.minWidth());
        assertEquals(3.0, three.paint(200, 50).get(0).strokeWidth(), "the drawn outline has the scaled border");

        alleen.setCategorie(ActorCategorie.BURGER);
        assertEquals(9.0, looks.node(representation.knopen().get(0), alleen).style().randdikte(), "a conditional style wins over the scale");
    }

    @Test
    void theLegendSaysInWordsWhatTheNumbersMean() throws Exception {
        Legend legend = LegendBuilder.build(RepresentationReader.read(DESCRIPTION, "spil.weergave.json"));
        List<Legend.Row> rows = legend.sections().get(0).rows();
        assertEquals(List.of("meer dan 3 sturingsrelaties", "1 of minder sturingsrelaties", "5 of meer sturingsrelaties"),
                rows.stream().map(Legend.Row::text).toList());
        assertEquals("#fff3e0", rows.get(0).swatch().node().get(0).fill(), "the example meets 'aantalRelaties > 3'");
        assertEquals(1.0, rows.get(1).swatch().node().get(0).strokeWidth());
        assertEquals(5.0, rows.get(2).swatch().node().get(0).strokeWidth());
        assertEquals("#eeeeee", rows.get(1).swatch().node().get(0).fill());
    }

    @Test
    void aScaleThatCannotWorkIsReportedWithItsLine() {
        assertProblem(DESCRIPTION.replace("\"waarde\": \"aantalRelaties\"", "\"waarde\": \"naam\""), 13,
                "schaal: 'waarde' hoort een getal te geven (zoals aantalRelaties of aantal(leden)), niet tekst");
        assertProblem(DESCRIPTION.replace("\"randdikte\": [1, 5]", "\"randdikte\": [1]"), 13,
                "schaal: 'randdikte' hoort twee getallen van 0 tot 100000 te zijn, zoals [1.5, 6]");
        assertProblem(DESCRIPTION.replace("\"van\": 1, \"tot\": 5", "\"van\": 5, \"tot\": 1"), 13, "schaal: 'tot' hoort groter te zijn dan 'van'");
        assertProblem(DESCRIPTION.replace("\"tot\": 2, \"dikte\": [1, 3]", "\"tot\": 2, \"randdikte\": [1, 3]"), 23,
                "schaal: onbekende eigenschap 'randdikte'");
        assertProblem(DESCRIPTION.replace("aantalRelaties > 3", "aantalRelaties > 'drie' en naam"), 15,
                "de legenda kan geen voorbeeld maken");
    }

    private static void assertProblem(String text, int line, String message) {
        DescriptionException e = assertThrows(DescriptionException.class, () -> RepresentationReader.read(text, "spil.weergave.json"));
        List<String> problems = e.problems().stream().map(DescriptionProblem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("spil.weergave.json:" + line + ": ") && p.contains(message)),
                "expected line " + line + " with '" + message + "', got " + problems);
    }

    @Test
    void aLineScaleUsesItsOwnExpression() throws Exception {
        Actor a = actor("A");
        Actor b = actor("B");
        relation(a, b);
        nl.bondgenoot.model.Netwerk netwerk = F.createNetwerk();
        netwerk.getLeden().add(a);
        model.getNetwerken().add(netwerk);
        Representation representation = RepresentationReader.read(DESCRIPTION, "spil.weergave.json");
        LookResolver looks = new LookResolver(representation, Context.NONE);
        assertEquals(2.0, looks.edge(representation.lijnen().get(0), model.getSturingsrelaties().get(0)).width());
    }
}
