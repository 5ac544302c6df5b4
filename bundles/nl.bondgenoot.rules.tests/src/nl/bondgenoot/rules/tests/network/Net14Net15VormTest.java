package nl.bondgenoot.rules.tests.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkvorm;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.tests.TestModels;

/** Forms from the literature: a lead organisation taking part (NET-14), shared governance without leader (NET-15). */
class Net14Net15VormTest {

    private final TestModels m = new TestModels();
    private final Actor mee = m.organisatie("MEE");
    private final Actor welzijn = m.organisatie("Welzijn");
    private final Actor school = m.organisatie("School");
    private final Netwerk netwerk = NetworkModels.netwerk(m, "Zorgnetwerk", mee, welzijn, school);

    @Test
    void net14ALeadOrganisationFormWithoutLeaderIsAnError() {
        netwerk.setVorm(Netwerkvorm.LEIDENDE_ORGANISATIE);
        List<Finding> findings = m.findings("NET-14");
        assertEquals(1, findings.size());
        assertSame(netwerk, findings.get(0).element());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals(Provenance.EXT, findings.get(0).rule().provenance());
        assertTrue(findings.get(0).message().contains("legt niet vast welke organisatie leidt"));
    }

    @Test
    void net14TheLeaderMustBeAParticipant() {
        netwerk.setVorm(Netwerkvorm.LEIDENDE_ORGANISATIE);
        netwerk.setLeidendeOrganisatie(m.organisatie("Zorgkantoor"));
        List<Finding> findings = m.findings("NET-14");
        assertEquals(1, findings.size());
        assertEquals("De leidende organisatie van Netwerk 'Zorgnetwerk', Actor 'Zorgkantoor', is zelf geen lid van"
                + " het netwerk", findings.get(0).message());
    }

    @Test
    void net14AParticipatingLeaderIsFine() {
        netwerk.setVorm(Netwerkvorm.LEIDENDE_ORGANISATIE);
        netwerk.setLeidendeOrganisatie(mee);
        assertTrue(m.findings("NET-14").isEmpty());
    }

    @Test
    void net15SharedGovernanceWithRegisseurAndLeaderGetsTwoErrors() {
        netwerk.setVorm(Netwerkvorm.GEDEELD);
        NetworkModels.regisseur(netwerk, m.organisatie("Bureau Netwerkregie"));
        netwerk.setLeidendeOrganisatie(mee);
        List<Finding> findings = m.findings("NET-15");
        assertEquals(2, findings.size());
        findings.forEach(f -> assertSame(netwerk, f.element()));
        assertTrue(findings.get(0).message().contains("heeft een netwerkregisseur; dan is de vorm NAO"));
        assertTrue(findings.get(1).message().contains("heeft een leidende organisatie, Actor 'MEE'"));
    }

    @Test
    void net15SharedGovernanceWithoutLeaderIsFine() {
        netwerk.setVorm(Netwerkvorm.GEDEELD);
        assertTrue(m.findings("NET-15").isEmpty());
        netwerk.setVorm(Netwerkvorm.NAO);
        netwerk.setLeidendeOrganisatie(mee);
        assertTrue(m.findings("NET-15").isEmpty(), "NET-15 is about shared governance only");
    }
}
