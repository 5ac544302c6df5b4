package nl.bondgenoot.rules.tests.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.RolSoort;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.tests.TestModels;

/**
 * Kenis' quadrants: complex questions need several providers (NET-11), missing or spread supply needs
 * gemeenten working together (NET-12).
 */
class Net11Net12AanbodTest {

    private final TestModels m = new TestModels();
    private final Actor gemeente = m.gemeente("Gemeente Oss");
    private final Actor ggz = m.organisatie("GGZ Oost Brabant");
    private final Actor jeugdzorg = m.organisatie("Jeugdzorg Brabant");
    private final Netwerk netwerk = NetworkModels.netwerk(m, "Multiprobleemgezinnen", gemeente, ggz, jeugdzorg);

    @Test
    void net11AComplexQuestionWithOneProviderIsAnError() {
        netwerk.setComplexeZorgvraag(true);
        m.rol(netwerk, ggz, RolSoort.DIENSTVERLENER, true);
        m.rol(netwerk, jeugdzorg, RolSoort.FINANCIER, true); // financing is not service
        m.rol(netwerk, gemeente, RolSoort.BELEIDSMAKER, false);
        List<Finding> findings = m.findings("NET-11");
        assertEquals(1, findings.size());
        assertSame(netwerk, findings.get(0).element());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals("Netwerk 'Multiprobleemgezinnen' beantwoordt een complexe zorgvraag maar heeft 1 dienstverlenende"
                + " organisatie; een complexe vraag vraagt er minstens 2 die samenwerken", findings.get(0).message());
    }

    @Test
    void net11TwoProvidersOneThroughItsProfessionalAreEnough() {
        netwerk.setComplexeZorgvraag(true);
        m.rol(netwerk, ggz, RolSoort.DIENSTVERLENER, true);
        Actor hulpverlener = NetworkModels.onderdeel(m, "Gezinscoach", ActorCategorie.PROFESSIONAL, jeugdzorg);
        m.rol(netwerk, hulpverlener, RolSoort.HULPVERLENER, true);
        assertTrue(m.findings("NET-11").isEmpty());
    }

    @Test
    void net11AStandardQuestionNeedsOneProvider() {
        m.rol(netwerk, ggz, RolSoort.DIENSTVERLENER, true);
        assertTrue(m.findings("NET-11").isEmpty());
    }

    @Test
    void net12MissingSupplyWithoutGemeentelijkeSamenwerkingIsWarned() {
        netwerk.setAanbodOntbreektInGemeente(true);
        List<Finding> findings = m.findings("NET-12");
        assertEquals(1, findings.size());
        assertSame(netwerk, findings.get(0).element());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals("Het aanbod voor Netwerk 'Multiprobleemgezinnen' ontbreekt in de gemeente, maar er is geen"
                + " gemeentelijke samenwerking vastgelegd", findings.get(0).message());
    }

    @Test
    void net12MissingSupplyWithAGemeentelijkeSamenwerkingIsFine() {
        netwerk.setAanbodOntbreektInGemeente(true);
        m.relatie(gemeente, m.gemeente("Gemeente 's-Hertogenbosch"), SturingsrelatieSoort.GEMEENTELIJKE_SAMENWERKING);
        assertTrue(m.findings("NET-12").isEmpty());
    }

    @Test
    void net12SupplySpreadOverGemeentenNeedsAMultiorganisatienetwerk() {
        netwerk.setAanbodOverGemeentenVerspreid(true);
        List<Finding> findings = m.findings("NET-12");
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().endsWith("geen multiorganisatienetwerk: er is geen gemeentelijke"
                + " samenwerking"), findings.get(0).message());
    }

    @Test
    void net12TwoGemeentenButOneProviderIsNoMultiorganisatienetwerk() {
        netwerk.setAanbodOverGemeentenVerspreid(true);
        netwerk.getLeden().add(m.gemeente("Gemeente Uden"));
        netwerk.getLeden().remove(jeugdzorg);
        List<Finding> findings = m.findings("NET-12");
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().endsWith("het heeft 1 uitvoeringsorganisatie(s) in plaats van minstens 2"),
                findings.get(0).message());
    }

    @Test
    void net12TwoGemeentenAndTwoProvidersAreAMultiorganisatienetwerk() {
        netwerk.setAanbodOverGemeentenVerspreid(true);
        netwerk.setAanbodOntbreektInGemeente(true);
        netwerk.getLeden().add(m.gemeente("Gemeente Uden"));
        assertTrue(m.findings("NET-12").isEmpty());
    }
}
