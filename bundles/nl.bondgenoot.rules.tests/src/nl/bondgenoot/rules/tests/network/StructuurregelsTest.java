package nl.bondgenoot.rules.tests.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkregisseur;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.tests.TestModels;

/** NET-17, NET-18 and NET-19: the structural rules on the netwerk's graph on the peildatum. */
class StructuurregelsTest {

    private final TestModels m = new TestModels();
    private final Actor a = m.organisatie("A");
    private final Actor b = m.organisatie("B");
    private final Actor c = m.organisatie("C");
    private final Actor d = m.organisatie("D");
    private final Actor e = m.organisatie("E");

    private void samenwerking(Actor van, Actor naar) {
        m.relatie(van, naar, SturingsrelatieSoort.SAMENWERKING);
    }

    private Netwerk geregisseerdDoor(Actor regisseur) {
        Netwerk n = m.netwerk("Wijknetwerk", a, b, c, d, e);
        Netwerkregisseur r = TestModels.F.createNetwerkregisseur();
        r.setActor(regisseur);
        n.setRegisseur(r);
        return n;
    }

    // NET-17

    @Test
    void aRegisseurAtTheEdgeIsNotCentral() {
        Netwerk n = geregisseerdDoor(e);
        samenwerking(a, b);
        samenwerking(b, c);
        samenwerking(c, d);
        samenwerking(d, e);
        List<Finding> findings = m.findings("NET-17");
        assertEquals(1, findings.size(), findings::toString);
        Finding f = findings.get(0);
        assertSame(n, f.element());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(Provenance.EXT, f.rule().provenance());
        assertEquals("Actor 'E' is netwerkregisseur van Netwerk 'Wijknetwerk' maar heeft een sturingsrelatie"
                + " met 1 van de 4 andere actoren van het netwerk (25%; centraal vanaf 50%)", f.message());
    }

    @Test
    void aRegisseurWithTiesToHalfTheOthersIsCentral() {
        geregisseerdDoor(e);
        samenwerking(a, b);
        samenwerking(e, c);
        samenwerking(d, e);
        assertTrue(m.findings("NET-17").isEmpty(), "E has ties with 2 of 4: 50%");
    }

    @Test
    void aNetwerkWithoutRelationsIsNotJudged() {
        geregisseerdDoor(e);
        assertTrue(m.findings("NET-17").isEmpty());
    }

    @Test
    void aLeadOrganisationOutsideTheMembersIsJudgedToo() {
        Actor lead = m.organisatie("Lead");
        Netwerk n = m.netwerk("Wijknetwerk", a, b, c);
        n.setLeidendeOrganisatie(lead);
        samenwerking(a, b);
        samenwerking(b, c);
        List<Finding> findings = m.findings("NET-17");
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().startsWith("Actor 'Lead' is leidende organisatie"), findings.get(0).message());
        samenwerking(lead, a);
        samenwerking(lead, c);
        assertTrue(m.findings("NET-17").isEmpty(), "2 of 3");
    }

    // NET-18

    @Test
    void anActorWhoseLossCutsOffTwoHoldsTheNetwerkTogether() {
        Netwerk n = m.netwerk("Wijknetwerk", a, b, c, d, e);
        samenwerking(a, b);
        samenwerking(b, c);
        samenwerking(c, a);
        samenwerking(c, d);
        samenwerking(d, e);
        List<Finding> findings = m.findings("NET-18");
        assertEquals(1, findings.size(), findings::toString);
        assertSame(n, findings.get(0).element());
        assertEquals(Severity.INFO, findings.get(0).severity());
        assertEquals("Actor 'C' houdt Netwerk 'Wijknetwerk' bij elkaar: valt hij weg, dan zijn 2 actoren niet"
                + " meer met de rest van het netwerk verbonden", findings.get(0).message());
    }

    @Test
    void oneMemberHangingOnAnActorIsNoFinding() {
        m.netwerk("Wijknetwerk", a, b, c, d);
        samenwerking(a, b);
        samenwerking(b, c);
        samenwerking(c, a);
        samenwerking(c, d);
        assertTrue(m.findings("NET-18").isEmpty(), "C cuts off only D");
    }

    // NET-19

    @Test
    void aMemberWithoutAnyTieIsReported() {
        Netwerk n = m.netwerk("Wijknetwerk", a, b, c);
        samenwerking(a, b);
        List<Finding> findings = m.findings("NET-19");
        assertEquals(1, findings.size());
        assertSame(n, findings.get(0).element());
        assertEquals("Lid Actor 'C' van Netwerk 'Wijknetwerk' heeft geen sturingsrelatie met een andere actor"
                + " van het netwerk", findings.get(0).message());
    }

    @Test
    void aTieToANonMemberDoesNotCountAndOneThatEndedNeither() {
        m.netwerk("Wijknetwerk", a, b, c);
        samenwerking(a, b);
        samenwerking(c, d);
        assertEquals(1, m.findings("NET-19").size(), "D is no member: C is still alone in the netwerk");
        m.relatie(c, a, SturingsrelatieSoort.SUBSIDIE).setPeriode(TestModels.periode("2020-01-01", "2021-01-01"));
        assertEquals(1, m.findings("NET-19", LocalDate.of(2025, 1, 1)).size());
        assertTrue(m.findings("NET-19", LocalDate.of(2020, 6, 1)).isEmpty());
    }

    @Test
    void aNetwerkWithoutAnyRelationIsNotJudged() {
        m.netwerk("Wijknetwerk", a, b, c);
        assertTrue(m.findings("NET-19").isEmpty());
    }
}
