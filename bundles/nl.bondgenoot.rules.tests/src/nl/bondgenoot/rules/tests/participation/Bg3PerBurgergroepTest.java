package nl.bondgenoot.rules.tests.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Beleidsfase;
import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.Participatie;
import nl.bondgenoot.model.Vraagstuk;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.tests.TestModels;

/** BG-3 (S4:1043-1047, 1096-1113) on participation recorded per burgergroep, on an agenda or an opgave. */
class Bg3PerBurgergroepTest {

    private final TestModels m = new TestModels();
    private final Netwerk project = m.netwerk("Wijksteunpunt", m.gemeente("Gemeente Sittard-Geleen"),
            m.organisatie("Partners in Welzijn"));

    @Test
    void aGroupOnAnOpgaveWithoutFaseAndRolgrensIsNamedWithWhatIsMissing() {
        Opgave opgave = m.opgave("Eenzaamheid", Vraagstuk.MEERVOUDIG);
        Participatie ouderen = ParticipationModels.groep(Burgerparticipatie.COPRODUCTIE, "ouderen");
        opgave.getParticipatie().add(ouderen);
        List<Finding> findings = m.findings("BG-3");
        assertEquals(1, findings.size());
        assertSame(opgave, findings.get(0).element());
        assertEquals("Burgers (ouderen) doen mee in Opgave 'Eenzaamheid', maar niet vastgelegd is de fase en de rolgrens"
                + " van burgers", findings.get(0).message());
        ouderen.setFase(Beleidsfase.UITVOERING_VERANTWOORDING);
        ouderen.setRolgrens("denken mee over activiteiten, kiezen geen personeel");
        assertTrue(m.findings("BG-3").isEmpty());
    }

    @Test
    void aGroupOfTheNetwerkIsCheckedLikeTheNetwerkItself() {
        project.getParticipaties().add(ParticipationModels.groep(Burgerparticipatie.ADVISEREN, "Wmo-raad"));
        List<Finding> findings = m.findings("BG-3");
        assertEquals(1, findings.size());
        assertSame(project, findings.get(0).element());
        assertTrue(findings.get(0).message().startsWith("Burgers (Wmo-raad) doen mee in Netwerk 'Wijksteunpunt'"),
                findings.get(0).message());
    }

    @Test
    void aParticipationThatOnlySaysWhyBurgersDoNotTakePartAsksForNothing() {
        Participatie reden = ParticipationModels.groep(Burgerparticipatie.ONBEKEND, null);
        reden.setMotivering("afstemming tussen aanbieders; burgers niet nodig");
        project.setParticipatie(reden);
        assertTrue(m.findings("BG-3").isEmpty());
        project.getLeden().add(m.burger("Vrijwilligers"));
        assertEquals(1, m.findings("BG-3").size(), "burgers who are members do take part");
    }
}
