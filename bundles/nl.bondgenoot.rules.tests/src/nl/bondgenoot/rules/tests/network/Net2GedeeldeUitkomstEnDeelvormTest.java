package nl.bondgenoot.rules.tests.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Deelvorm;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.tests.TestModels;

class Net2GedeeldeUitkomstEnDeelvormTest {

    private final TestModels m = new TestModels();

    @Test
    void aNetworkWithoutOutcomeAndSharingGetsTwoErrors() {
        Netwerk n = m.netwerk("Wijknetwerk", m.gemeente("Gemeente Zwolle"), m.organisatie("Travers"),
                m.organisatie("De Kern"));
        List<Finding> findings = m.findings("NET-2");
        assertEquals(2, findings.size());
        findings.forEach(f -> assertSame(n, f.element()));
        findings.forEach(f -> assertEquals(Severity.ERROR, f.severity()));
        assertEquals("[NET-2] Netwerk 'Wijknetwerk' legt geen gedeelde uitkomst vast: de outcome die de leden"
                + " samen willen bereiken (S2:2258-2261)", findings.get(0).text());
        assertTrue(findings.get(1).message().contains("niet vast wat de leden verbinden of delen"),
                findings.get(1).message());
        assertEquals("leg de gedeelde uitkomst vast", findings.get(0).quickFixHint());
    }

    @Test
    void aBlankOutcomeCountsAsNone() {
        Netwerk n = m.netwerk("Wijknetwerk", m.organisatie("A"), m.organisatie("B"), m.organisatie("C"));
        n.getGedeeldeUitkomsten().add("  ");
        n.getDeelt().add(Deelvorm.MIDDELEN);
        List<Finding> findings = m.findings("NET-2");
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("geen gedeelde uitkomst"));
    }

    @Test
    void oneOfSeveralOutcomesDeclaredIsEnough() {
        Netwerk n = m.netwerk("Wijknetwerk", m.organisatie("A"), m.organisatie("B"), m.organisatie("C"));
        n.getDeelt().add(Deelvorm.MIDDELEN);
        n.getGedeeldeUitkomsten().addAll(List.of(" ", "Kwetsbare inwoners doen mee", "Wonen, welzijn en zorg samen"));
        assertTrue(m.findings("NET-2").isEmpty());
    }

    @Test
    void outcomeAndSharingDeclaredIsFine() {
        NetworkModels.netwerk(m, "Wijknetwerk", m.organisatie("A"), m.organisatie("B"), m.organisatie("C"));
        assertTrue(m.findings("NET-2").isEmpty());
    }
}
