package nl.bondgenoot.rules.tests.governance;

import static nl.bondgenoot.rules.tests.governance.GovModels.only;
import static nl.bondgenoot.rules.tests.governance.GovModels.sturingsmodel;
import static nl.bondgenoot.rules.tests.governance.GovModels.typeer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Beleidsfase;
import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Sturingsmodel;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.tests.TestModels;

class Gov1TyperingVastgelegdTest {

    private final TestModels t = new TestModels();
    private final Netwerk netwerk = t.netwerk("Kantelen doe je samen!", t.gemeente("Gemeente Zwolle"),
            t.organisatie("MEE"), t.organisatie("De Kern"));

    @Test
    void aNetworkWithoutTypingIsWarned() {
        Finding f = only(t.findings("GOV-1"), netwerk, "legt geen governancetype en geen sturingsmodel vast");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Netwerk 'Kantelen doe je samen!' legt geen governancetype en geen sturingsmodel vast",
                f.message());
    }

    @Test
    void aGovernancetypeAloneLacksTheSturingsmodel() {
        typeer(netwerk, Governancetype.NETWERK_KETENSTURING, false);
        Finding f = only(t.findings("GOV-1"), netwerk, "legt geen sturingsmodel vast");
        assertEquals("leg het sturingsmodel van het netwerk vast", f.quickFixHint());
    }

    @Test
    void severalTypesWithOneDominantAreFine() {
        typeer(netwerk, Governancetype.NETWERK_KETENSTURING, true);
        typeer(netwerk, Governancetype.FRONTLIJNSTURING, false);
        sturingsmodel(netwerk, Sturingsmodel.GOVERNANCE, true);
        sturingsmodel(netwerk, Sturingsmodel.NPM, false);
        assertTrue(t.findings("GOV-1").isEmpty(), () -> t.findings("GOV-1").toString());
    }

    @Test
    void twoDominantTypesInOnePhaseContradictEachOther() {
        typeer(netwerk, Governancetype.NETWERK_KETENSTURING, true);
        typeer(netwerk, Governancetype.EXPERTSTURING, true);
        sturingsmodel(netwerk, Sturingsmodel.GOVERNANCE, true);
        only(t.findings("GOV-1"), netwerk,
                "markeert meerdere governancetypen als dominant: netwerk- en ketensturing en expertsturing");
    }

    @Test
    void aDominantModelPerPhaseIsFine() {
        typeer(netwerk, Governancetype.NETWERK_KETENSTURING, true);
        sturingsmodel(netwerk, Sturingsmodel.GOVERNANCE, true).setFase(Beleidsfase.VERKENNING);
        sturingsmodel(netwerk, Sturingsmodel.NPM, true).setFase(Beleidsfase.KADERSTELLING_CONTRACTERING);
        assertTrue(t.findings("GOV-1").isEmpty());
        sturingsmodel(netwerk, Sturingsmodel.GOVERNMENT, true).setFase(Beleidsfase.VERKENNING);
        only(t.findings("GOV-1"), netwerk, "meerdere sturingsmodellen als dominant in de fase verkenning");
    }
}
