package nl.bondgenoot.rules.tests.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Bondgenootschap;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.tests.TestModels;

/** A bondgenootschap includes the burgers (BG-1) and nobody is the boss (BG-2). */
class Bg1Bg2BondgenootschapTest {

    private final TestModels m = new TestModels();
    private final Actor gemeente = m.gemeente("Gemeente Zwolle");
    private final Actor travers = m.organisatie("Travers");
    private final Actor mee = m.organisatie("MEE");

    @Test
    void bg1ABondgenootschapOfProfessionalsOnlyIsWarned() {
        Bondgenootschap b = ParticipationModels.bondgenootschap(m, "Kantelen doe je samen", gemeente, travers, mee);
        List<Finding> findings = m.findings("BG-1");
        assertEquals(1, findings.size());
        assertSame(b, findings.get(0).element());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals("[BG-1] Bondgenootschap 'Kantelen doe je samen' heeft geen burgers of cliëntorganisatie als lid;"
                + " een bondgenootschap omvat ook de burgers over wie het gaat (S0:845-847)", findings.get(0).text());
    }

    @Test
    void bg1AMemberOfUnknownCategorieMayBeTheBurgers() {
        Actor onbekend = TestModels.named(TestModels.F.createActor(), "Bewonersgroep");
        m.model.getActoren().add(onbekend);
        ParticipationModels.bondgenootschap(m, "Kantelen doe je samen", gemeente, travers, onbekend);
        assertTrue(m.findings("BG-1").isEmpty(), "no finding on a guess: GOV-25 asks for the categorie");
        onbekend.setCategorie(nl.bondgenoot.model.ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE);
        assertEquals(1, m.findings("BG-1").size());
    }

    @Test
    void bg1ACliëntorganisatieOrBurgersAreEnough() {
        ParticipationModels.bondgenootschap(m, "Met cliënten", gemeente, travers,
                m.actor("Cliëntenplatform", ActorCategorie.CLIENTORGANISATIE));
        ParticipationModels.bondgenootschap(m, "Met bewoners", gemeente, mee, m.burger("Bewonersgroep Kamperpoort"));
        assertTrue(m.findings("BG-1").isEmpty());
    }

    @Test
    void bg1AnOrdinaryNetworkNeedNotIncludeBurgers() {
        m.netwerk("Ketenoverleg", gemeente, travers, mee);
        assertTrue(m.findings("BG-1").isEmpty());
    }

    @Test
    void bg2AHierarchicalRelationBetweenMembersIsReportedOnTheRelation() {
        ParticipationModels.bondgenootschap(m, "Buurtgeluk", gemeente, travers, mee, m.burger("Bewoners"));
        Sturingsrelatie baas = m.relatie(gemeente, travers, SturingsrelatieSoort.HIERARCHISCH);
        m.relatie(gemeente, mee, SturingsrelatieSoort.SAMENWERKING);
        List<Finding> findings = m.findings("BG-2");
        assertEquals(1, findings.size());
        assertSame(baas, findings.get(0).element());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals("Sturingsrelatie 'Gemeente Zwolle -> Travers' is een hiërarchische relatie binnen"
                + " Bondgenootschap 'Buurtgeluk'; in een bondgenootschap is niet één partij de baas",
                findings.get(0).message());
    }

    @Test
    void bg2AMemberThatIsTheBossOfTheBondgenootschapItselfIsReported() {
        Bondgenootschap b = ParticipationModels.bondgenootschap(m, "Buurtgeluk", gemeente, travers, mee);
        Sturingsrelatie baas = m.relatie(gemeente, b, SturingsrelatieSoort.HIERARCHISCH);
        assertSame(baas, m.findings("BG-2").get(0).element());
    }

    @Test
    void bg2HierarchyWithinOneOrganisationOrFromOutsideIsNoBoss() {
        Actor afdeling = m.actor("Afdeling Welzijn", ActorCategorie.OVERHEID);
        afdeling.setOnderdeelVan(gemeente);
        ParticipationModels.bondgenootschap(m, "Buurtgeluk", gemeente, afdeling, travers, mee);
        m.relatie(gemeente, afdeling, SturingsrelatieSoort.HIERARCHISCH);
        m.relatie(m.actor("Rijk", ActorCategorie.OVERHEID), gemeente, SturingsrelatieSoort.HIERARCHISCH);
        assertTrue(m.findings("BG-2").isEmpty());
    }
}
