package nl.bondgenoot.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.Rules;

class Net1MinimumOrganisatiesTest {

    private final BondgenootFactory f = BondgenootFactory.eINSTANCE;

    private Governancemodel netwerkMet(ActorCategorie... categorieen) {
        Governancemodel model = f.createGovernancemodel();
        Netwerk netwerk = f.createNetwerk();
        netwerk.setNaam("Wijknetwerk");
        model.getNetwerken().add(netwerk);
        int i = 0;
        for (ActorCategorie c : categorieen) {
            Actor a = f.createActor();
            a.setNaam("Actor " + ++i);
            a.setCategorie(c);
            model.getActoren().add(a);
            netwerk.getLeden().add(a);
        }
        return model;
    }

    /** NET-1's findings only: other rules (e.g. GOV-1: no governancetype) also report on these models. */
    private static List<Finding> net1(Governancemodel model) {
        return Rules.engine().validate(model).stream().filter(f -> f.ruleId().equals("NET-1")).toList();
    }

    @Test
    void twoOrganisationsAndAProfessionalAreNoNetwork() {
        Governancemodel model = netwerkMet(ActorCategorie.OVERHEID, ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE,
                ActorCategorie.PROFESSIONAL);
        List<Finding> findings = net1(model);
        assertEquals(1, findings.size());
        Finding f1 = findings.get(0);
        assertEquals("NET-1", f1.ruleId());
        assertEquals(Severity.ERROR, f1.severity());
        assertSame(model.getNetwerken().get(0), f1.element());
        assertEquals("[NET-1] Netwerk 'Wijknetwerk' heeft 2 organisaties; een netwerk heeft er minstens 3"
                + " (S2:2258-2260)", f1.text());
    }

    @Test
    void threeOrganisationsOfAnyKindAreANetwork() {
        assertTrue(net1(netwerkMet(ActorCategorie.OVERHEID,
                ActorCategorie.MARKTPARTIJ, ActorCategorie.VERTEGENWOORDIGEND_ORGAAN)).isEmpty());
    }

    @Test
    void burgersDoNotCountAsOrganisations() {
        List<Finding> findings = net1(netwerkMet(ActorCategorie.OVERHEID,
                ActorCategorie.BURGER, ActorCategorie.BURGER, ActorCategorie.BURGER));
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("heeft 1 organisatie;"), findings.get(0).message());
    }
}
