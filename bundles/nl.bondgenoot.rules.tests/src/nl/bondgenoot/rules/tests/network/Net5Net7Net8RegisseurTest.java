package nl.bondgenoot.rules.tests.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Aanwijzing;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkregisseur;
import nl.bondgenoot.model.Netwerkvorm;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.tests.TestModels;

/** What Kenis asks of a regisseur: trusted by all (NET-5), no own interest (NET-7), chosen by the network (NET-8). */
class Net5Net7Net8RegisseurTest {

    private final TestModels m = new TestModels();
    private final Actor bureau = m.organisatie("Bureau Netwerkregie");
    private final Actor travers = m.organisatie("Travers");
    private final Actor deKern = m.organisatie("De Kern");
    private final Actor politie = m.organisatie("Politie");
    private final Netwerk netwerk = NetworkModels.netwerk(m, "OK-team", bureau, travers, deKern, politie);
    private final Netwerkregisseur regisseur = NetworkModels.regisseur(netwerk, bureau);

    {
        netwerk.setVorm(Netwerkvorm.NAO);
    }

    @Test
    void net5AMemberThatDoesNotTrustTheRegisseurIsNamed() {
        regisseur.getVertrouwdDoor().addAll(List.of(travers, deKern));
        List<Finding> findings = m.findings("NET-5");
        assertEquals(1, findings.size());
        assertSame(netwerk, findings.get(0).element());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals("Niet alle leden van Netwerk 'OK-team' vertrouwen netwerkregisseur Actor 'Bureau Netwerkregie';"
                + " niet vastgelegd voor Actor 'Politie'", findings.get(0).message());
    }

    @Test
    void net5AllMembersTrustTheRegisseurWhoNeedNotTrustItself() {
        regisseur.getVertrouwdDoor().addAll(List.of(travers, deKern, politie));
        assertTrue(m.findings("NET-5").isEmpty());
    }

    @Test
    void net7PersonalInterestsAndClaimingCommandAreWarnedSeparately() {
        regisseur.setDirectePersoonlijkeBelangen(true);
        regisseur.setClaimtZeggenschap(true);
        List<Finding> findings = m.findings("NET-7");
        assertEquals(2, findings.size());
        findings.forEach(f -> assertSame(netwerk, f.element()));
        assertTrue(findings.get(0).message().contains("heeft directe persoonlijke belangen"));
        assertTrue(findings.get(1).message().contains("claimt de baas te zijn"));
    }

    @Test
    void net7ARegisseurForTheCauseIsFine() {
        assertTrue(m.findings("NET-7").isEmpty());
    }

    @Test
    void net8ARegisseurAppointedByTheGemeenteGetsAnInfo() {
        regisseur.setAangewezenDoor(Aanwijzing.GEMEENTE);
        List<Finding> findings = m.findings("NET-8");
        assertEquals(1, findings.size());
        assertSame(netwerk, findings.get(0).element());
        assertEquals(Severity.INFO, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("is aangewezen door: gemeente"), findings.get(0).message());
    }

    @Test
    void net8ARegisseurChosenByTheNetworkOrOfUnknownOriginIsNotMarked() {
        regisseur.setAangewezenDoor(Aanwijzing.NETWERK);
        assertTrue(m.findings("NET-8").isEmpty());
        regisseur.setAangewezenDoor(Aanwijzing.ONBEKEND);
        assertTrue(m.findings("NET-8").isEmpty());
    }
}
