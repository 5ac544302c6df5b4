package nl.bondgenoot.rules.tests.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Beleidsfase;
import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Participatie;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.tests.TestModels;

/** Participation recorded (BG-3) and "ja, tenzij" (BG-4). */
class Bg3Bg4ParticipatieTest {

    private final TestModels m = new TestModels();
    private final Netwerk project = m.netwerk("Wijksteunpunt", m.gemeente("Gemeente Sittard-Geleen"),
            m.organisatie("Partners in Welzijn"), m.organisatie("Orbis"));

    @Test
    void bg3BurgersTakingPartWithoutAnythingRecordedAreWarned() {
        project.getLeden().add(m.burger("Vrijwilligers wijksteunpunt"));
        List<Finding> findings = m.findings("BG-3");
        assertEquals(1, findings.size());
        assertSame(project, findings.get(0).element());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals("Burgers doen mee in Netwerk 'Wijksteunpunt', maar niet vastgelegd is het participatieniveau,"
                + " de fase en de rolgrens van burgers", findings.get(0).message());
    }

    @Test
    void bg3APartlyRecordedParticipationNamesWhatIsMissing() {
        ParticipationModels.participatie(project, Burgerparticipatie.COPRODUCTIE_MEEBESLISSEN,
                Beleidsfase.UITVOERING_VERANTWOORDING, null);
        List<Finding> findings = m.findings("BG-3");
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().endsWith("niet vastgelegd is de rolgrens van burgers"),
                findings.get(0).message());
        assertEquals("leg de rolgrens van burgers vast", findings.get(0).quickFixHint());
    }

    @Test
    void bg3FullyRecordedOrNoBurgersIsFine() {
        assertTrue(m.findings("BG-3").isEmpty());
        project.getLeden().add(m.burger("Vrijwilligers wijksteunpunt"));
        ParticipationModels.participatie(project, Burgerparticipatie.COPRODUCTIE_MEEBESLISSEN,
                Beleidsfase.UITVOERING_VERANTWOORDING, "vrijwilligers ontvangen bezoekers, kiezen geen personeel");
        assertTrue(m.findings("BG-3").isEmpty());
    }

    @Test
    void bg4OnlyInformingBurgersWithoutJustificationIsWarned() {
        ParticipationModels.participatie(project, Burgerparticipatie.GEINFORMEERD, Beleidsfase.VERKENNING,
                "alleen informatie");
        List<Finding> findings = m.findings("BG-4");
        assertEquals(1, findings.size());
        assertSame(project, findings.get(0).element());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals(Provenance.INF, findings.get(0).rule().provenance());
        assertEquals("Burgers zijn in Netwerk 'Wijksteunpunt' alleen geïnformeerd, onder het niveau adviseren, zonder"
                + " motivering; bij projecten geldt 'ja, tenzij'", findings.get(0).message());
    }

    @Test
    void bg4AJustificationOrAHigherLevelIsFine() {
        Participatie p = ParticipationModels.participatie(project, Burgerparticipatie.GEINFORMEERD,
                Beleidsfase.VERKENNING, "alleen informatie");
        p.setMotivering("technisch protocol tussen gemeente en ziekenhuis; burgers niet nodig");
        assertTrue(m.findings("BG-4").isEmpty());
        p.setMotivering(null);
        p.setNiveau(Burgerparticipatie.ADVISEREN);
        assertTrue(m.findings("BG-4").isEmpty());
        p.setNiveau(Burgerparticipatie.GERAADPLEEGD);
        assertTrue(m.findings("BG-4").isEmpty());
    }
}
