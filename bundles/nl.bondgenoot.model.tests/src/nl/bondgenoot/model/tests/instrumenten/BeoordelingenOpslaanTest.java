package nl.bondgenoot.model.tests.instrumenten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Antwoord;
import nl.bondgenoot.model.Antwoorddeel;
import nl.bondgenoot.model.Antwoordstatus;
import nl.bondgenoot.model.Baken;
import nl.bondgenoot.model.Beoordelingsinstrument;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.ChecklistSectie;
import nl.bondgenoot.model.Checklistbeoordeling;
import nl.bondgenoot.model.Effect;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Indicatoroordeel;
import nl.bondgenoot.model.KantelingResultaat;
import nl.bondgenoot.model.Kenmerkscore;
import nl.bondgenoot.model.MaatschappelijkeAgenda;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Oordeel;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.Veranderagenda;
import nl.bondgenoot.model.Zelfanalyse;
import nl.bondgenoot.model.instrumenten.Instrumenten;
import nl.bondgenoot.model.persistence.ModelFiles;

/** A model with a checklist assessment, a zelfanalyse, bakens and Kanteling results survives save and load. */
class BeoordelingenOpslaanTest {

    private final BondgenootFactory f = BondgenootFactory.eINSTANCE;

    @TempDir
    Path tmp;

    @Test
    void aChecklistAssessmentAndAZelfanalyseRoundTrip() throws Exception {
        Path file = tmp.resolve("beoordeeld.bondgenoot");
        Governancemodel model = f.createGovernancemodel();
        model.setId(EcoreUtil.generateUUID());
        model.setNaam("OK-team Kamperpoort, beoordeeld");
        Actor gemeente = actor("Gemeente Zwolle", ActorCategorie.OVERHEID);
        Actor travers = actor("Travers", ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE);
        model.getActoren().addAll(List.of(gemeente, travers));
        Netwerk okTeam = f.createNetwerk();
        okTeam.setId(EcoreUtil.generateUUID());
        okTeam.setNaam("OK-team");
        okTeam.getLeden().addAll(List.of(gemeente, travers));
        model.getNetwerken().add(okTeam);

        Checklistbeoordeling checklist = f.createChecklistbeoordeling();
        checklist.setId(EcoreUtil.generateUUID());
        checklist.setNaam("Checklist Wmo-praktijken 2013");
        checklist.setDatum("2013");
        checklist.setOnderwerp(okTeam);
        checklist.getSecties().addAll(List.of(ChecklistSectie.BELEIDSONTWERP, ChecklistSectie.DRAAGVLAK));
        Antwoord a4 = antwoord("A.Q4", Antwoordstatus.JA, gemeente);
        a4.getBewijs().addAll(List.of("projectplan OK-team", "interview projectleider"));
        a4.getDelen().add(deel("sleutelpartners", List.of(travers), List.of()));
        Antwoord a4Partner = antwoord("A.Q4", Antwoordstatus.DEELS, travers);
        Antwoord b4 = antwoord("B.Q4", Antwoordstatus.NEE, gemeente);
        b4.getDelen().add(deel("participatie", List.of(), List.of(Burgerparticipatie.GERAADPLEEGD.getName())));
        Antwoord open = f.createAntwoord();
        open.setVraagId("A.Q11");
        checklist.getAntwoorden().addAll(List.of(a4, a4Partner, b4, open));
        Indicatoroordeel b3 = f.createIndicatoroordeel();
        b3.setIndicatorId("B.I3");
        b3.setOordeel(Oordeel.ONVOLDOENDE);
        b3.setToelichting("Burgers zijn niet betrokken.");
        checklist.getIndicatoroordelen().add(b3);

        Zelfanalyse zelfanalyse = f.createZelfanalyse();
        zelfanalyse.setId(EcoreUtil.generateUUID());
        zelfanalyse.setNaam("Zelfanalyse Zwolle");
        Kenmerkscore score = f.createKenmerkscore();
        score.setKenmerkId("IO.1");
        score.setScore(4);
        score.setPartij(gemeente);
        zelfanalyse.getScores().add(score);
        model.getBeoordelingen().addAll(List.of(checklist, zelfanalyse));

        MaatschappelijkeAgenda agenda = f.createMaatschappelijkeAgenda();
        Effect effect = f.createEffect();
        effect.getKantelingResultaten().add(KantelingResultaat.CONTACTEN_EN_DEELNAME);
        agenda.getEffecten().add(effect);
        model.setMaatschappelijkeAgenda(agenda);
        Veranderagenda veranderagenda = f.createVeranderagenda();
        Opgave opgave = f.createOpgave();
        opgave.getBakens().addAll(List.of(Baken.DIRECT_EROP_AF, Baken.INTEGRAAL_WERKEN));
        veranderagenda.getOpgaven().add(opgave);
        model.setVeranderagenda(veranderagenda);

        Resource resource = ModelFiles.newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(model);
        ModelFiles.save(resource);
        assertFalse(Files.readString(file).contains("status=\"ONBEKEND\""), "the default status is not written");

        Governancemodel again = ModelFiles.load(file);
        assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(again).isEmpty());
        assertTrue(EcoreUtil.equals(model, again), "the loaded model equals the saved one");

        Checklistbeoordeling c = (Checklistbeoordeling) again.getBeoordelingen().get(0);
        assertEquals(Beoordelingsinstrument.CHECKLIST_WMO_PRAKTIJKEN, c.getInstrument());
        assertSame(again.getNetwerken().get(0), c.getOnderwerp());
        assertEquals(List.of("A.Q4", "A.Q4", "B.Q4", "A.Q11"), c.getAntwoorden().stream().map(Antwoord::getVraagId).toList());
        Antwoord loaded = c.getAntwoorden().get(0);
        assertSame(again.getActoren().get(0), loaded.getRespondent());
        assertSame(again.getActoren().get(1), loaded.getDelen().get(0).getActoren().get(0));
        assertEquals(List.of("projectplan OK-team", "interview projectleider"), loaded.getBewijs());
        assertSame(again.getActoren().get(1), c.getAntwoorden().get(1).getRespondent());
        assertEquals(Antwoordstatus.ONBEKEND, c.getAntwoorden().get(3).getStatus());
        assertEquals(List.of("GERAADPLEEGD"), c.getAntwoorden().get(2).getDelen().get(0).getKeuzes());
        assertEquals(Oordeel.ONVOLDOENDE, c.getIndicatoroordelen().get(0).getOordeel());
        assertEquals(List.of("B.Q4"), Instrumenten.checklistWmoPraktijken().vragenMetExtraAandacht(c).stream()
                .map(v -> v.id()).toList());

        Zelfanalyse z = (Zelfanalyse) again.getBeoordelingen().get(1);
        assertEquals(4, z.getScores().get(0).getScore());
        assertSame(again.getActoren().get(0), z.getScores().get(0).getPartij());
        assertEquals(List.of(Baken.DIRECT_EROP_AF, Baken.INTEGRAAL_WERKEN), again.getVeranderagenda().getOpgaven().get(0).getBakens());
        assertEquals(List.of(KantelingResultaat.CONTACTEN_EN_DEELNAME),
                again.getMaatschappelijkeAgenda().getEffecten().get(0).getKantelingResultaten());
    }

    @Test
    void everyAnswerAndJudgementOfAnAssessmentCanReferToTheShippedData() {
        // An answer refers to a question by id; the ids the data ship are those an assessment uses.
        var checklist = Instrumenten.checklistWmoPraktijken();
        assertTrue(checklist.vraag("A.Q4").isPresent());
        assertTrue(checklist.indicator("B.I3").isPresent());
        assertTrue(Instrumenten.zelfanalyseBondgenootschap().kenmerk("IO.1").isPresent());
        assertTrue(Instrumenten.ambitietabellen().ambitie("T9.18").isPresent());
        assertEquals(Antwoordstatus.ONBEKEND, f.createAntwoord().getStatus(), "a new answer is not yet answered");
        assertEquals(Oordeel.ONBEKEND, f.createIndicatoroordeel().getOordeel(), "a new judgement is not yet given");
    }

    private Actor actor(String naam, ActorCategorie categorie) {
        Actor a = f.createActor();
        a.setId(EcoreUtil.generateUUID());
        a.setNaam(naam);
        a.setCategorie(categorie);
        return a;
    }

    private Antwoord antwoord(String vraagId, Antwoordstatus status, Actor respondent) {
        Antwoord a = f.createAntwoord();
        a.setVraagId(vraagId);
        a.setStatus(status);
        a.setRespondent(respondent);
        a.setToelichting("Antwoord van " + respondent.getNaam());
        return a;
    }

    private Antwoorddeel deel(String naam, List<Actor> actoren, List<String> keuzes) {
        Antwoorddeel d = f.createAntwoorddeel();
        d.setDeel(naam);
        d.getActoren().addAll(actoren);
        d.getKeuzes().addAll(keuzes);
        return d;
    }
}
