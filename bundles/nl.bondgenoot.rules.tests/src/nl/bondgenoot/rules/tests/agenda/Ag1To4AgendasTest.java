package nl.bondgenoot.rules.tests.agenda;

import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertNone;
import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertOne;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.Participatie;
import nl.bondgenoot.model.Uitvoeringsagenda;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.tests.TestModels;

/** AG-1 (three agendas), AG-2 (visie zonder commitment), AG-3 (schijnsamenwerking), AG-4 (eilandsamenwerking). */
class Ag1To4AgendasTest {

    private final AgendaFixture x = new AgendaFixture();

    @Test
    void ag1OnlyAMaatschappelijkeAgenda() {
        TestModels t = new TestModels();
        t.maatschappelijkeAgenda().setVisie("Iedereen doet mee");
        List<Finding> findings = t.findings("AG-1");
        assertEquals(2, findings.size());
        assertOne(findings.subList(0, 1), Severity.WARNING, t.model,
                "Governancemodel 'Testmodel' heeft geen veranderagenda", "volle aandacht");
        assertOne(findings.subList(1, 2), t.model, "heeft geen uitvoeringsagenda");
    }

    @Test
    void ag1AnEmptyVeranderagendaIsReportedOnItself() {
        x.t.veranderagenda().getOpgaven().clear();
        assertOne(x.t.findings("AG-1"), x.t.veranderagenda(), "Veranderagenda 'Veranderagenda' is leeg: geen opgaven");
    }

    @Test
    void ag1AModelWithoutAnyAgendaIsNotAnAgendaModel() {
        TestModels t = new TestModels();
        t.netwerk("Wijknetwerk", t.gemeente("Gemeente"), t.organisatie("A"), t.organisatie("B"));
        assertNone(t.findings("AG-1"));
        assertNone(x.t.findings("AG-1"));
    }

    @Test
    void ag2AnAgendaOfTheGemeenteAlone() {
        x.ma.getOpgesteldMet().remove(x.travers);
        x.ma.getOpgesteldMet().remove(x.wijkraad);
        assertOne(x.t.findings("AG-2"), Severity.WARNING, x.ma,
                "Maatschappelijke agenda 'Maatschappelijke agenda' is opgesteld zonder instellingen of burgers",
                "visie op papier zonder commitment");
    }

    @Test
    void ag2AnActorOfUnknownCategorieMayBeTheInstelling() {
        x.ma.getOpgesteldMet().remove(x.wijkraad);
        x.travers.setCategorie(nl.bondgenoot.model.ActorCategorie.ONBEKEND);
        assertNone(x.t.findings("AG-2"));
        x.travers.setCategorie(nl.bondgenoot.model.ActorCategorie.OVERHEID);
        assertEquals(1, x.t.findings("AG-2").size(), "the gemeente and another overheid alone");
    }

    /** 'Visie over is visie met' (S0:964-967): burgers who took part in drawing up the agenda count as burgers. */
    @Test
    void ag2BurgersWhoAdvisedOnTheAgendaDrewItUpToo() {
        x.ma.getOpgesteldMet().remove(x.travers);
        x.ma.getOpgesteldMet().remove(x.wijkraad);
        Participatie p = TestModels.F.createParticipatie();
        p.setNiveau(Burgerparticipatie.ADVISEREN);
        p.setBurgergroep("inwoners van de wijk");
        x.ma.getParticipatie().add(p);
        assertNone(x.t.findings("AG-2"));
        p.setNiveau(Burgerparticipatie.GEINFORMEERD);
        assertEquals(1, x.t.findings("AG-2").size(), "being informed is not drawing up the agenda");
        p.setNiveau(Burgerparticipatie.ONBEKEND);
        assertEquals(1, x.t.findings("AG-2").size(), "a participation of unknown level says nothing");
    }

    @Test
    void ag2OneInstellingIsEnough() {
        x.ma.getOpgesteldMet().remove(x.wijkraad);
        assertNone(x.t.findings("AG-2"));
    }

    @Test
    void ag3UitvoeringStraightFromTheVisie() {
        Uitvoeringsagenda u = x.t.uitvoeringsagenda("Buurtactiviteiten", null);
        u.setEffect(x.zelfredzaam);
        assertOne(x.t.findings("AG-3"), Severity.WARNING, u, "Uitvoeringsagenda 'Buurtactiviteiten' stapt direct van"
                + " Effect 'Meer inwoners zijn zelfredzaam' naar de uitvoering", "schijnsamenwerking");
    }

    @Test
    void ag3AnEffectLinkBesideTheOpgaveIsFine() {
        x.uitvoering.setEffect(x.zelfredzaam);
        assertNone(x.t.findings("AG-3"));
    }

    @Test
    void ag4NoFeedbackToTheOtherAgendas() {
        assertNone(x.t.findings("AG-4"));
        x.uitvoering.getTerugkoppeling().clear();
        x.uitvoering.getTerugmeldingen().clear();
        assertOne(x.t.findings("AG-4"), Severity.INFO, x.uitvoering, "koppelt niet terug", "eilandsamenwerking");
    }
}
