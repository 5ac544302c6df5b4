package nl.bondgenoot.rules.tests.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkvorm;
import nl.bondgenoot.model.RolSoort;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.tests.TestModels;

/** NET-3 (any NAO regisseur) and NET-4 (a gemeente as NAO regisseur). */
class Net3Net4RegisseurBuitenPrimairProcesTest {

    private final TestModels m = new TestModels();
    private final Actor oss = m.gemeente("Gemeente Oss");
    private final Actor welzijn = m.organisatie("Welzijn Oss");
    private final Actor jeugdzorg = m.organisatie("Jeugdzorg Brabant");
    private final Actor mee = m.organisatie("MEE");
    private final Netwerk netwerk = nao();

    private Netwerk nao() {
        Netwerk n = NetworkModels.netwerk(m, "Netwerk Van Dalen", oss, welzijn, jeugdzorg, mee);
        n.setVorm(Netwerkvorm.NAO);
        return n;
    }

    @Test
    void aNaoWithoutRegisseurIsAnError() {
        List<Finding> findings = m.findings("NET-3");
        assertEquals(1, findings.size());
        assertSame(netwerk, findings.get(0).element());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals("Netwerk 'Netwerk Van Dalen' heeft de vorm NAO maar geen netwerkregisseur",
                findings.get(0).message());
    }

    @Test
    void anIndependentRegisseurWithoutServiceRolesIsFine() {
        Actor bureau = m.organisatie("Bureau Netwerkregie");
        NetworkModels.regisseur(netwerk, bureau);
        m.rol(netwerk, bureau, RolSoort.REGISSEUR, false);
        m.rol(netwerk, welzijn, RolSoort.DIENSTVERLENER, true);
        assertTrue(m.findings("NET-3").isEmpty());
        assertTrue(m.findings("NET-4").isEmpty());
    }

    @Test
    void aRegisseurThatIsAlsoServiceProviderIsAnErrorEvenIfNotMarkedPrimary() {
        NetworkModels.regisseur(netwerk, welzijn);
        m.rol(netwerk, welzijn, RolSoort.DIENSTVERLENER, false);
        List<Finding> findings = m.findings("NET-3");
        assertEquals(1, findings.size());
        assertSame(netwerk, findings.get(0).element());
        assertTrue(findings.get(0).message().contains("Actor 'Welzijn Oss' als dienstverlener"),
                findings.get(0).message());
        assertTrue(m.findings("NET-4").isEmpty(), "NET-4 is about gemeenten only");
    }

    @Test
    void aTeamOfTheRegisseurInThePrimaryProcessCountsForTheRegisseur() {
        NetworkModels.regisseur(netwerk, welzijn);
        Actor team = NetworkModels.onderdeel(m, "Buurtteam Welzijn Oss", ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE,
                welzijn);
        m.rol(netwerk, team, RolSoort.ANDERS, true);
        assertEquals(1, m.findings("NET-3").size());
    }

    @Test
    void rolesOutsideThePrimaryProcessDoNotCount() {
        NetworkModels.regisseur(netwerk, welzijn);
        m.rol(netwerk, welzijn, RolSoort.PARTNER, false);
        m.rol(netwerk, welzijn, RolSoort.REGISSEUR, true); // regie is never primary process
        assertTrue(m.findings("NET-3").isEmpty());
    }

    @Test
    void vanDalenTheGemeenteAsRegisseurWhoseLoketServesTheFamilyBreaksNet4() {
        NetworkModels.regisseur(netwerk, oss);
        Actor loket = NetworkModels.onderdeel(m, "Wmo-loket Oss", ActorCategorie.OVERHEID, oss);
        m.rol(netwerk, loket, RolSoort.LOKET, false);
        List<Finding> findings = m.findings("NET-4");
        assertEquals(1, findings.size());
        assertSame(netwerk, findings.get(0).element());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals("Actor 'Gemeente Oss' is netwerkregisseur van Netwerk 'Netwerk Van Dalen' maar heeft ook een"
                + " rol in het primaire proces: Actor 'Wmo-loket Oss' als loket", findings.get(0).message());
        assertTrue(m.findings("NET-3").isEmpty(), "one conflict, one finding");
    }

    @Test
    void theGemeenteAsUitvoerderWmoBreaksNet4() {
        NetworkModels.regisseur(netwerk, oss);
        m.rol(netwerk, oss, RolSoort.UITVOERDER_WMO, false);
        assertEquals(1, m.findings("NET-4").size());
        assertTrue(m.findings("NET-4").get(0).message().endsWith("als uitvoerder Wmo"));
    }

    @Test
    void financingAndPolicyAreNotPrimaryProcessEvenWhenMarkedSo() {
        NetworkModels.regisseur(netwerk, oss);
        m.rol(netwerk, oss, RolSoort.FINANCIER, true);
        m.rol(netwerk, oss, RolSoort.BELEIDSMAKER, true);
        m.rol(netwerk, oss, RolSoort.KADERSTELLEND_OPDRACHTGEVER, false);
        assertTrue(m.findings("NET-4").isEmpty());
        assertTrue(m.findings("NET-3").isEmpty());
    }

    @Test
    void theLoketOfAnotherGemeenteIsNotTheRegisseursRole() {
        NetworkModels.regisseur(netwerk, oss);
        Actor uden = m.gemeente("Gemeente Uden");
        netwerk.getLeden().add(uden);
        m.rol(netwerk, uden, RolSoort.LOKET, true);
        assertTrue(m.findings("NET-4").isEmpty());
    }
}
