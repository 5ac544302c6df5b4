package nl.bondgenoot.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.representation.description.Representation;
import nl.bondgenoot.representation.look.Legend;
import nl.bondgenoot.representation.look.LegendBuilder;

class BuiltInRepresentationsTest {

    @Test
    void everyBuiltInDescriptionReadsWithoutProblems() {
        List<Representation> all = Representations.builtIn();
        assertEquals(Representations.BUILT_IN, all.stream().map(Representation::id).toList());
    }

    @Test
    void theNetwerkkaartLegendHasARowPerCategoryAndPerDashOfSturingsrelatie() {
        Legend legend = LegendBuilder.build(Representations.netwerkkaart());
        List<String> titles = legend.sections().stream().map(Legend.Section::title).toList();
        assertEquals(List.of("Netwerken en convenanten", "Actoren", "Sturingsrelaties (label: soort · fase · doorzettingsmacht)",
                "Financiering"), titles);
        List<Legend.Row> geld = legend.sections().get(3).rows();
        assertEquals(List.of("financieringsstroom van financier naar ontvanger (label: instrument · kader · bedrag)"),
                geld.stream().map(Legend.Row::text).toList(), "one row for the financieringsstromen");
        assertEquals("#8a6500", geld.get(0).swatch().line().colour());
        Legend.Section relaties = legend.sections().get(2);
        // every row looks different (the old legends shared rows for toezicht, BCF, ... that the map draws differently)
        long looks = relaties.rows().stream()
                .map(r -> r.swatch().line().colour() + "/" + r.swatch().line().dash() + "/" + r.swatch().line().width()).distinct().count();
        assertEquals(relaties.rows().size(), looks);
        assertTrue(relaties.rows().stream().anyMatch(r -> r.text().equals("toezicht") && r.swatch().line().dash().equals("12 3 2 3")));
    }

    @Test
    void theRegisseursLegendRowShowsTheRegisseurNotTheOverheid() {
        Legend legend = LegendBuilder.build(Representations.netwerkkaart());
        List<Legend.Row> actoren = legend.sections().get(1).rows();
        Legend.Row overheid = actoren.stream().filter(r -> r.text().equals("Overheid")).findFirst().orElseThrow();
        Legend.Row regisseur = actoren.stream().filter(r -> r.text().startsWith("netwerkregisseur (badge")).findFirst().orElseThrow();
        // the example netwerkregisseur has no categorie: it must not read as the first one, overheid
        assertEquals("#ad1457", regisseur.swatch().node().get(0).stroke(), "the regisseur's border colour");
        assertEquals(4.0, regisseur.swatch().node().get(0).strokeWidth(), "and heavy border");
        assertEquals(List.of("vorm"), regisseur.swatch().node().stream().map(nl.bondgenoot.representation.look.Paint::role).toList(),
                "no overheid roof");
        assertEquals(null, regisseur.swatch().icon(), "no overheid icon");
        assertTrue(!overheid.swatch().node().get(0).d().equals(regisseur.swatch().node().get(0).d()), "not the overheid's rectangle");
        // the overheid row itself still shows the overheid (its value is the metamodel's default)
        assertEquals("categorie/overheid", overheid.swatch().icon());
        assertEquals(List.of("vorm", "dak"), overheid.swatch().node().stream().map(nl.bondgenoot.representation.look.Paint::role).toList());
    }
}
