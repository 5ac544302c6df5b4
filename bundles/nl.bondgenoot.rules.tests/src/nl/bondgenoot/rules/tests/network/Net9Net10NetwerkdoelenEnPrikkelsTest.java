package nl.bondgenoot.rules.tests.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Indicator;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Prikkel;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.tests.TestModels;

/** Judging members on network goals (NET-9) and social control rather than price (NET-10). */
class Net9Net10NetwerkdoelenEnPrikkelsTest {

    private final TestModels m = new TestModels();
    private final Netwerk netwerk = NetworkModels.netwerk(m, "Jeugdnetwerk", m.organisatie("A"), m.organisatie("B"),
            m.organisatie("C"));

    @Test
    void net9AnIndicatorWithoutNetworkGoalIsReportedOnTheIndicator() {
        Indicator omzet = NetworkModels.indicator(netwerk, "Omzet per aanbieder", null);
        NetworkModels.indicator(netwerk, "Minder schooluitval", "Schoolverzuim daalt");
        List<Finding> findings = m.findings("NET-9");
        assertEquals(1, findings.size());
        assertSame(omzet, findings.get(0).element());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertTrue(findings.get(0).message().startsWith("Indicator 'Omzet per aanbieder' in Netwerk 'Jeugdnetwerk'"
                + " verwijst niet naar een netwerkdoel"), findings.get(0).message());
    }

    @Test
    void net9IndicatorsThatNameANetworkGoalAreFine() {
        NetworkModels.indicator(netwerk, "Minder schooluitval", "Schoolverzuim daalt");
        assertTrue(m.findings("NET-9").isEmpty());
    }

    @Test
    void net10PriceCompetitionAsIncentiveGetsAnInfo() {
        netwerk.getPrikkels().add(Prikkel.PRIJSCOMPETITIE);
        List<Finding> findings = m.findings("NET-10");
        assertEquals(1, findings.size());
        assertSame(netwerk, findings.get(0).element());
        assertEquals(Severity.INFO, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("prijscompetitie als prikkel"));
        assertEquals("vervang prijscompetitie door sociale controle", findings.get(0).quickFixHint());
    }

    @Test
    void net10SocialControlIsFine() {
        netwerk.getPrikkels().add(Prikkel.SOCIALE_CONTROLE);
        assertTrue(m.findings("NET-10").isEmpty());
    }
}
