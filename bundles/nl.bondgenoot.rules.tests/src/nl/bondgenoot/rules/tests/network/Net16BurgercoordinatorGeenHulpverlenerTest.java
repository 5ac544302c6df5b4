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
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.tests.TestModels;
import nl.bondgenoot.model.soorten.ActorSoortId;

class Net16BurgercoordinatorGeenHulpverlenerTest {

    private final TestModels m = new TestModels();
    private final Actor kompaan = m.organisatie("Kompaan en De Bocht");
    private final Actor ekc = m.organisatie("Eigen Kracht Centrale");
    private final Actor gemeente = m.gemeente("Gemeente Tilburg");
    private final Actor els = m.actor("Els", ActorCategorie.PROFESSIONAL);
    private final Netwerk conferentie = NetworkModels.netwerk(m, "Eigen Kracht-conferentie gezin", kompaan, ekc,
            gemeente, els);

    @Test
    void aBurgercoordinatorWhoIsAlsoHulpverlenerInTheSameNetworkIsAnError() {
        m.rol(conferentie, els, RolSoort.BURGERCOORDINATOR, false);
        m.rol(conferentie, els, RolSoort.HULPVERLENER, true);
        List<Finding> findings = m.findings("NET-16");
        assertEquals(1, findings.size());
        assertSame(conferentie, findings.get(0).element());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals("Actor 'Els' is burgercoördinator in Netwerk 'Eigen Kracht-conferentie gezin' maar ook"
                + " hulpverlener (in Netwerk 'Eigen Kracht-conferentie gezin'); de burgercoördinator is onafhankelijk"
                + " en geen hulpverlener", findings.get(0).message());
    }

    @Test
    void beingHulpverlenerInAnotherNetworkCountsToo() {
        m.rol(conferentie, els, RolSoort.BURGERCOORDINATOR, false);
        Netwerk sos = NetworkModels.netwerk(m, "Signs of Safety", kompaan, ekc, gemeente);
        m.rol(sos, els, RolSoort.HULPVERLENER, true);
        List<Finding> findings = m.findings("NET-16");
        assertEquals(1, findings.size());
        assertSame(conferentie, findings.get(0).element());
        assertTrue(findings.get(0).message().contains("(in Netwerk 'Signs of Safety')"), findings.get(0).message());
    }

    @Test
    void aBurgercoordinatorWhoseSoortIsHulpverlenerIsAnErrorWithoutAnyHulpverlenerRole() {
        els.setSoort(ActorSoortId.valueOf(" Allround hulpverlener"));
        m.rol(conferentie, els, RolSoort.BURGERCOORDINATOR, false);
        List<Finding> findings = m.findings("NET-16");
        assertEquals(1, findings.size());
        assertEquals("Actor 'Els' is burgercoördinator in Netwerk 'Eigen Kracht-conferentie gezin' maar ook"
                + " hulpverlener (van soort 'Allround hulpverlener'); de burgercoördinator is onafhankelijk en geen"
                + " hulpverlener", findings.get(0).message());
    }

    @Test
    void aRoleAndASoortGiveOneFindingThatNamesBoth() {
        els.setSoort(ActorSoortId.valueOf("hulpverlener"));
        m.rol(conferentie, els, RolSoort.BURGERCOORDINATOR, false);
        m.rol(conferentie, els, RolSoort.HULPVERLENER, true);
        List<Finding> findings = m.findings("NET-16");
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("(in Netwerk 'Eigen Kracht-conferentie gezin'; van soort"
                + " 'hulpverlener')"), findings.get(0).message());
    }

    @Test
    void aBurgercoordinatorOfAnotherSoortIsFine() {
        els.setSoort(ActorSoortId.valueOf("ervaringsdeskundige hulpverlening"));
        m.rol(conferentie, els, RolSoort.BURGERCOORDINATOR, false);
        Actor sosser = m.actor("SoS'er", ActorCategorie.PROFESSIONAL);
        sosser.setSoort(ActorSoortId.valueOf("hulpverlener"));
        m.rol(conferentie, sosser, RolSoort.HULPVERLENER, true);
        assertTrue(m.findings("NET-16").isEmpty());
    }

    @Test
    void anIndependentBurgercoordinatorNextToAHulpverlenerIsFine() {
        m.rol(conferentie, els, RolSoort.BURGERCOORDINATOR, false);
        Actor sosser = m.actor("SoS'er", ActorCategorie.PROFESSIONAL);
        m.rol(conferentie, sosser, RolSoort.HULPVERLENER, true);
        assertTrue(m.findings("NET-16").isEmpty());
    }
}
