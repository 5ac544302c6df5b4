package nl.bondgenoot.rules.tests.governance;

import static nl.bondgenoot.rules.tests.governance.GovModels.only;
import static nl.bondgenoot.rules.tests.governance.GovModels.participatie;
import static nl.bondgenoot.rules.tests.governance.GovModels.typeer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.SturingsRol;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.tests.TestModels;

class Gov7FrontlijnOfWeinigSturingTest {

    private final TestModels t = new TestModels();
    private final Netwerk netwerk = t.netwerk("Wijksteunpunt", t.gemeente("Gemeente Sittard-Geleen"),
            t.organisatie("Zorgaanbieder"), t.burger("Buurtbewoners"));

    {
        typeer(netwerk, Governancetype.FRONTLIJNSTURING, true);
        netwerk.getSturingsrollenGemeente().add(SturingsRol.REGISSEUR);
        participatie(netwerk, Burgerparticipatie.ZELFBESTUUR);
    }

    @Test
    void frontlijnWithoutKadersOrNegotiationWhileBurgersDecideMayBeLittleSteering() {
        Finding f = only(t.findings("GOV-7"), netwerk, "kan ook weinig sturing door de gemeente zijn");
        assertTrue(f.message().contains("terwijl de burgerparticipatie zelfbestuur is"), f::text);
        assertEquals(Provenance.INF, f.rule().provenance());
    }

    @Test
    void aNegotiatingGemeenteSteers() {
        netwerk.getSturingsrollenGemeente().add(SturingsRol.ONDERHANDELAAR);
        assertTrue(t.findings("GOV-7").isEmpty());
    }

    @Test
    void kadersOfTheGemeenteAreSteering() {
        netwerk.setKadersGemeente("Budget en doelen per wijk");
        assertTrue(t.findings("GOV-7").isEmpty());
    }

    @Test
    void burgersWhoAreOnlyConsultedDoNotTrigger() {
        netwerk.getParticipatie().setNiveau(Burgerparticipatie.GERAADPLEEGD);
        assertTrue(t.findings("GOV-7").isEmpty());
    }

    @Test
    void otherGovernancetypenDoNotTrigger() {
        netwerk.getGovernancetypen().get(0).setType(Governancetype.VRAAGSTURING);
        assertTrue(t.findings("GOV-7").isEmpty());
    }
}
