package nl.bondgenoot.rules.tests.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Arrangement;
import nl.bondgenoot.model.Ondersteuningsniveau;
import nl.bondgenoot.model.Organisatiegebied;
import nl.bondgenoot.model.Plateau;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.tests.TestModels;

/** The escalation order of support (BG-5) and realistic plateau ambitions (PLT-1). */
class Bg5Plt1Test {

    private final TestModels m = new TestModels();

    @Test
    void bg5GoingBackToALighterLevelAfterMaatwerkIsWarned() {
        Arrangement a = ParticipationModels.arrangement(m, "Ondersteuning Saskia", Ondersteuningsniveau.EIGEN_KRACHT,
                Ondersteuningsniveau.MAATWERKVOORZIENING, Ondersteuningsniveau.ALGEMENE_VOORZIENING);
        List<Finding> findings = m.findings("BG-5");
        assertEquals(1, findings.size());
        assertSame(a, findings.get(0).element());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals("Arrangement 'Ondersteuning Saskia' zet algemene voorziening pas in na maatwerkvoorziening;"
                + " de volgorde is eigen kracht -> sociaal netwerk -> algemene voorziening -> maatwerkvoorziening",
                findings.get(0).message());
    }

    @Test
    void bg5TheEscalationOrderWithSkippedLevelsIsFine() {
        ParticipationModels.arrangement(m, "Volledig", Ondersteuningsniveau.EIGEN_KRACHT,
                Ondersteuningsniveau.SOCIAAL_NETWERK, Ondersteuningsniveau.ALGEMENE_VOORZIENING,
                Ondersteuningsniveau.MAATWERKVOORZIENING);
        ParticipationModels.arrangement(m, "Overgeslagen", Ondersteuningsniveau.EIGEN_KRACHT,
                Ondersteuningsniveau.MAATWERKVOORZIENING);
        assertTrue(m.findings("BG-5").isEmpty());
    }

    @Test
    void plt1Plateau4FromPlateau2IsTooAmbitious() {
        Plateau p = ParticipationModels.plateau(m, Organisatiegebied.PROCESSEN_EN_STRUCTUREN, 2, 4);
        List<Finding> findings = m.findings("PLT-1");
        assertEquals(1, findings.size());
        assertSame(p, findings.get(0).element());
        assertEquals(Severity.INFO, findings.get(0).severity());
        assertEquals("[PLT-1] Plateau voor processen en structuren: ambitie plateau 4 vanaf het huidige plateau 2 is"
                + " te ambitieus (S2:1588-1595)", findings.get(0).text());
    }

    @Test
    void plt1Plateau5FromPlateau1IsTooAmbitiousToo() {
        ParticipationModels.plateau(m, Organisatiegebied.LEIDERSCHAP_EN_CULTUUR, 1, 5);
        assertEquals(1, m.findings("PLT-1").size());
    }

    @Test
    void plt1RealisticStepsAndUnknownCurrentPlateausAreFine() {
        ParticipationModels.plateau(m, Organisatiegebied.STRATEGIE_EN_BELEID, 3, 4);
        ParticipationModels.plateau(m, Organisatiegebied.MIDDELEN_EN_ICT, 1, 3);
        ParticipationModels.plateau(m, Organisatiegebied.MEDEWERKERS_EN_VAARDIGHEDEN, 0, 4);
        assertTrue(m.findings("PLT-1").isEmpty());
    }
}
