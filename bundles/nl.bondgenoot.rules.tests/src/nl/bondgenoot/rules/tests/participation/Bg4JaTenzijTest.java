package nl.bondgenoot.rules.tests.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.model.Beleidsfase;
import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.MaatschappelijkeAgenda;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.Participatie;
import nl.bondgenoot.model.Vraagstuk;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.engine.RuleProfile;
import nl.bondgenoot.rules.tests.TestModels;

/**
 * BG-4 "ja, tenzij" (S3:3406-3409) where no participation is recorded at all, per burgergroep, on an
 * agenda and an opgave, with S4's separate coproductie and meebeslissen, and switched off by a profile.
 */
class Bg4JaTenzijTest {

    private final TestModels m = new TestModels();
    private final Netwerk project = m.netwerk("Wijksteunpunt", m.gemeente("Gemeente Sittard-Geleen"),
            m.organisatie("Partners in Welzijn"), m.organisatie("Orbis"));

    /** A group's participation in the uitvoering (S4:1081-1087). */
    private static Participatie participatie(Burgerparticipatie niveau, String burgergroep) {
        Participatie p = ParticipationModels.groep(niveau, burgergroep);
        p.setFase(Beleidsfase.UITVOERING_VERANTWOORDING);
        return p;
    }

    @Test
    void aNetwerkRecordingNoParticipationAtAllIsWarned() {
        List<Finding> findings = m.findings("BG-4");
        assertEquals(1, findings.size());
        assertSame(project, findings.get(0).element());
        assertEquals("Netwerk 'Wijksteunpunt' legt geen burgerparticipatie vast; bij projecten geldt 'ja, tenzij'",
                findings.get(0).message());
    }

    @Test
    void aRecordedReasonWithoutALevelOrAParticipationPerGroupIsEnough() {
        Participatie reden = TestModels.F.createParticipatie();
        reden.setMotivering("technisch protocol tussen gemeente en ziekenhuis; burgers niet nodig");
        project.setParticipatie(reden);
        assertTrue(m.findings("BG-4").isEmpty());
        project.setParticipatie(null);
        project.getParticipaties().add(participatie(Burgerparticipatie.COPRODUCTIE, "vrijwilligers"));
        assertTrue(m.findings("BG-4").isEmpty());
    }

    @Test
    void aProfileSwitchesOffTheWarningForNoParticipationOnly(@TempDir Path dir) throws Exception {
        Path profile = Files.writeString(dir.resolve(RuleProfile.FILE_NAME), "BG-4.ookZonderParticipatie = nee\n");
        assertTrue(bg4(profile).isEmpty());
        project.getParticipaties().add(participatie(Burgerparticipatie.GEINFORMEERD, "mantelzorgers"));
        assertEquals(1, bg4(profile).size(), "the threshold still holds with the switch off");
    }

    private List<Finding> bg4(Path profile) throws Exception {
        return Rules.engine(RuleProfile.load(profile)).validate(m.model).stream()
                .filter(f -> f.ruleId().equals("BG-4")).toList();
    }

    @Test
    void eachGroupBelowTheThresholdIsNamed() {
        project.getParticipaties().add(participatie(Burgerparticipatie.MEEBESLISSEN, "vrijwilligers"));
        project.getParticipaties().add(participatie(Burgerparticipatie.GEINFORMEERD, "mantelzorgers"));
        List<Finding> findings = m.findings("BG-4");
        assertEquals(1, findings.size());
        assertSame(project, findings.get(0).element());
        assertEquals("Burgers (mantelzorgers) zijn in Netwerk 'Wijksteunpunt' alleen geïnformeerd, onder het niveau"
                + " adviseren, zonder motivering; bij projecten geldt 'ja, tenzij'", findings.get(0).message());
    }

    @Test
    void participationOnAnAgendaAndAnOpgaveIsCheckedWhereItIsWritten() {
        project.getParticipaties().add(participatie(Burgerparticipatie.ZELFBESTUUR, null));
        MaatschappelijkeAgenda agenda = m.maatschappelijkeAgenda();
        agenda.getParticipatie().add(participatie(Burgerparticipatie.ADVISEREN, "Wmo-raad"));
        Opgave opgave = m.opgave("Eenzaamheid", Vraagstuk.MEERVOUDIG);
        Participatie geinformeerd = participatie(Burgerparticipatie.GEINFORMEERD, "ouderen");
        opgave.getParticipatie().add(geinformeerd);
        List<Finding> findings = m.findings("BG-4");
        assertEquals(1, findings.size());
        assertSame(opgave, findings.get(0).element());
        geinformeerd.setMotivering("eerst de samenwerking tussen de organisaties op orde (S4:1052-1056)");
        assertTrue(m.findings("BG-4").isEmpty());
    }

    @Test
    void coproductieAndMeebeslissenStandOnTheRungOfCoproductieMeebeslissen(@TempDir Path dir) throws Exception {
        project.getParticipaties().add(participatie(Burgerparticipatie.COPRODUCTIE, "bewoners"));
        Path profile = Files.writeString(dir.resolve(RuleProfile.FILE_NAME),
                "BG-4.minimumNiveau = COPRODUCTIE_MEEBESLISSEN\n");
        assertTrue(bg4(profile).isEmpty(), "coproductie is not below coproductie/meebeslissen");
        Files.writeString(profile, "BG-4.minimumNiveau = ZELFBESTUUR\n");
        project.getParticipaties().get(0).setNiveau(Burgerparticipatie.MEEBESLISSEN);
        assertEquals(1, bg4(profile).size(), "meebeslissen is below zelfbestuur, whatever the literals' order");
    }
}
