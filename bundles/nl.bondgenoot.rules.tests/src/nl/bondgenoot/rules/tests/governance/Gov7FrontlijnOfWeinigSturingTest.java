package nl.bondgenoot.rules.tests.governance;

import static nl.bondgenoot.rules.tests.governance.GovModels.only;
import static nl.bondgenoot.rules.tests.governance.GovModels.participatie;
import static nl.bondgenoot.rules.tests.governance.GovModels.typeer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Beleidsfase;
import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.model.Kennisbron;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.GemeenterolSoort;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.tests.TestModels;

class Gov7FrontlijnOfWeinigSturingTest {

    private final TestModels t = new TestModels();
    private final Netwerk netwerk = t.netwerk("Wijksteunpunt", t.gemeente("Gemeente Sittard-Geleen"),
            t.organisatie("Zorgaanbieder"), t.burger("Buurtbewoners"));

    {
        typeer(netwerk, Governancetype.FRONTLIJNSTURING, true);
        GovModels.gemeenterol(netwerk, GemeenterolSoort.REGISSEUR);
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
        GovModels.gemeenterol(netwerk, GemeenterolSoort.ONDERHANDELAAR);
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
    void muchRoomForInstellingenAndProfessionalsAlsoTriggers() {
        // S3:3068-3070: elements of frontlijnsturing "als er in de uitvoeringsfase veel ruimte is voor
        // instellingen en professionals", not only where burgers decide
        netwerk.getParticipatie().setNiveau(Burgerparticipatie.GERAADPLEEGD);
        netwerk.setKennisbron(Kennisbron.PROFESSIONALS);
        Finding f = only(t.findings("GOV-7"), netwerk, "kan ook weinig sturing door de gemeente zijn");
        assertTrue(f.message().contains("(zij is regisseur) terwijl de kennisbron professionals is"), f::text);
        netwerk.setKennisbron(Kennisbron.GEMEENTELIJKE_AFDELINGEN);
        assertTrue(t.findings("GOV-7").isEmpty(), "the room is with the gemeente's own departments");
    }

    @Test
    void noRolesRecordedIsUnknownNotNoNegotiation() {
        netwerk.getGemeenterollen().clear();
        assertTrue(t.findings("GOV-7").isEmpty(), "whether the gemeente negotiates is unknown");
        GovModels.gemeenterol(netwerk, GemeenterolSoort.FINANCIER);
        assertTrue(t.findings("GOV-7").isEmpty(), "financier says nothing about the sturingsrol");
        GovModels.gemeenterol(netwerk, GemeenterolSoort.BEMIDDELAAR).setFase(Beleidsfase.UITVOERING_VERANTWOORDING);
        assertEquals(1, t.findings("GOV-7").size(), "a known sturingsrol that is not onderhandelaar");
    }

    @Test
    void gov5ReadsAnEmptyListOfRolesTheSameWay() {
        netwerk.getGemeenterollen().clear();
        assertTrue(t.findings("GOV-5").stream().noneMatch(f -> f.message().contains("sturingsrol")),
                () -> t.findings("GOV-5").toString());
        netwerk.getGemeenterollen().clear();
        GovModels.gemeenterol(netwerk, GemeenterolSoort.REGISSEUR);
        assertTrue(t.findings("GOV-5").stream().anyMatch(f -> f.message().contains("de sturingsrol van de gemeente is"
                + " regisseur; bij frontlijnsturing hoort de sturingsrol onderhandelaar")), () -> t.findings("GOV-5").toString());
    }

    @Test
    void otherGovernancetypenDoNotTrigger() {
        netwerk.getGovernancetypen().get(0).setType(Governancetype.VRAAGSTURING);
        assertTrue(t.findings("GOV-7").isEmpty());
    }
}
