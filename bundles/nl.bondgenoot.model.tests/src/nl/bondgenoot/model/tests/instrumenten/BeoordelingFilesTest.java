package nl.bondgenoot.model.tests.instrumenten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import nl.bondgenoot.model.Antwoordherkomst;
import nl.bondgenoot.model.Antwoordstatus;
import nl.bondgenoot.model.Baken;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Bron;
import nl.bondgenoot.model.Bronsoort;
import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Indicatoroordeel;
import nl.bondgenoot.model.Kenmerkscore;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Oordeel;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.Plateaukeuze;
import nl.bondgenoot.model.Respondent;
import nl.bondgenoot.model.Veranderagenda;
import nl.bondgenoot.model.instrumenten.Instrumenten;
import nl.bondgenoot.model.persistence.BeoordelingFiles;
import nl.bondgenoot.model.persistence.FileChangedException;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;

/**
 * An assessment is a file of its own beside its model (.beoordeling), refers to the model's elements by
 * id, survives save and load, and a file that cannot be used is refused with a Dutch message naming file and line.
 */
class BeoordelingFilesTest {

    private final BondgenootFactory f = BondgenootFactory.eINSTANCE;

    @TempDir
    Path tmp;

    private Governancemodel model;
    private Actor gemeente;
    private Actor travers;
    private Netwerk okTeam;

    private Path savedModel(String name) throws IOException {
        Path file = tmp.resolve(name);
        model = f.createGovernancemodel();
        model.setId(EcoreUtil.generateUUID());
        model.setNaam("OK-team Kamperpoort");
        gemeente = actor("Gemeente Zwolle", ActorCategorie.OVERHEID);
        travers = actor("Travers", ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE);
        model.getActoren().addAll(List.of(gemeente, travers));
        okTeam = f.createNetwerk();
        okTeam.setId(EcoreUtil.generateUUID());
        okTeam.setNaam("OK-team");
        okTeam.getLeden().addAll(List.of(gemeente, travers));
        model.getNetwerken().add(okTeam);
        Veranderagenda veranderagenda = f.createVeranderagenda();
        Opgave opgave = f.createOpgave();
        opgave.getBakens().addAll(List.of(Baken.DIRECT_EROP_AF, Baken.INTEGRAAL_WERKEN));
        veranderagenda.getOpgaven().add(opgave);
        model.setVeranderagenda(veranderagenda);
        Resource resource = ModelFiles.newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(model);
        ModelFiles.save(resource);
        return file;
    }

    @Test
    void aChecklistWithTwoRespondentsSourcesAndAJudgementRoundTripsBesideItsModel() throws Exception {
        Path modelFile = savedModel("ok-team.bondgenoot");
        Path file = tmp.resolve("ok-team-checklist.beoordeling");
        Beoordeling checklist = BeoordelingFiles.create(model, okTeam, Instrumenten.CHECKLIST_WMO_PRAKTIJKEN, file);
        assertEquals("Checklist Wmo-praktijken OK-team", checklist.getNaam());
        Respondent projectleider = respondent(gemeente, "projectleider gemeente");
        Respondent partner = respondent(travers, "medewerker partnerorganisatie");
        checklist.getRespondenten().addAll(List.of(projectleider, partner));
        Antwoord a4 = antwoord("A.Q4", Antwoordstatus.JA, projectleider);
        a4.getBronnen().add(bron(Bronsoort.DOCUMENT, "projectplan OK-team"));
        a4.getBronnen().add(bron(Bronsoort.INTERVIEW, "interview projectleider"));
        a4.getDelen().add(deel("sleutelpartners", List.of(travers), List.of()));
        a4.setHerkomst(Antwoordherkomst.BEVESTIGD);
        a4.setVoorstel("Travers");
        a4.setVoorstelBron("de leden van netwerk OK-team");
        Antwoord a4Partner = antwoord("A.Q4", Antwoordstatus.DEELS, partner);
        Antwoord b4 = antwoord("B.Q4", Antwoordstatus.NEE, projectleider);
        b4.getDelen().add(deel("participatie", List.of(), List.of(Burgerparticipatie.GERAADPLEEGD.getName())));
        Antwoord open = f.createAntwoord();
        open.setVraagId("A.Q11");
        checklist.getAntwoorden().addAll(List.of(a4, a4Partner, b4, open));
        Indicatoroordeel b3 = f.createIndicatoroordeel();
        b3.setIndicatorId("B.I3");
        b3.setOordeel(Oordeel.ONVOLDOENDE);
        b3.setMotivering("Burgers zijn niet betrokken.");
        checklist.getIndicatoroordelen().add(b3);
        BeoordelingFiles.save(checklist);

        String xml = Files.readString(file);
        assertTrue(xml.contains("xmlns:bondgenoot=\"https://bondgenoot.nl/model/2.0\""), "the model's format version: " + xml);
        assertTrue(xml.contains("<model href=\"ok-team.bondgenoot#" + model.getId() + "\"/>"), "a relative href by id: " + xml);
        assertTrue(xml.contains("href=\"ok-team.bondgenoot#" + travers.getId() + "\""), xml);
        assertFalse(xml.contains("status=\"ONBEKEND\""), "the default status is not written");
        assertTrue(checklist.getAntwoorden().stream().allMatch(a -> a.getId() != null), "every answer has an id to merge by");

        Beoordeling again = BeoordelingFiles.load(file);
        assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(again).isEmpty());
        Governancemodel loadedModel = again.getModel();
        assertEquals(model.getId(), loadedModel.getId());
        assertSame(loadedModel.getNetwerken().get(0), again.getOnderwerp());
        assertEquals(Instrumenten.CHECKLIST_WMO_PRAKTIJKEN, again.getInstrumentId());
        assertEquals(List.of("A.Q4", "A.Q4", "B.Q4", "A.Q11"), again.getAntwoorden().stream().map(Antwoord::getVraagId).toList());
        Antwoord loaded = again.getAntwoorden().get(0);
        assertSame(again.getRespondenten().get(0), loaded.getRespondent());
        assertSame(loadedModel.getActoren().get(0), loaded.getRespondent().getActor());
        assertEquals("projectleider gemeente", loaded.getRespondent().getRol());
        assertSame(loadedModel.getActoren().get(1), loaded.getDelen().get(0).getActoren().get(0));
        assertEquals(List.of(Bronsoort.DOCUMENT, Bronsoort.INTERVIEW), loaded.getBronnen().stream().map(Bron::getSoort).toList());
        assertEquals(Antwoordherkomst.BEVESTIGD, loaded.getHerkomst());
        assertEquals(Antwoordherkomst.EIGEN, again.getAntwoorden().get(1).getHerkomst(), "an answer is the respondent's own unless it says otherwise");
        assertEquals(Antwoordstatus.ONBEKEND, again.getAntwoorden().get(3).getStatus());
        assertEquals(List.of("GERAADPLEEGD"), again.getAntwoorden().get(2).getDelen().get(0).getKeuzes());
        assertEquals("Burgers zijn niet betrokken.", again.getIndicatoroordelen().get(0).getMotivering());
        assertEquals(List.of("B.Q4"), Instrumenten.checklistWmoPraktijken().itemsMetExtraAandacht(again).stream()
                .map(v -> v.id()).toList());
        assertTrue(ModelFiles.load(modelFile).eContents().stream().noneMatch(Beoordeling.class::isInstance),
                "the model file holds no assessment");
    }

    @Test
    void aZelfanalyseAndAnAmbitionTableRoundTrip() throws Exception {
        savedModel("zwolle.bondgenoot");
        Path zelf = tmp.resolve("zwolle-zelfanalyse.beoordeling");
        Beoordeling zelfanalyse = BeoordelingFiles.create(model, null, Instrumenten.ZELFANALYSE_BONDGENOOTSCHAP, zelf);
        zelfanalyse.getScores().add(score("IO.1", 4, gemeente));
        zelfanalyse.getScores().add(score("IO.1", 3, null));
        BeoordelingFiles.save(zelfanalyse);
        Path ambitie = tmp.resolve("zwolle-ambitie.beoordeling");
        Beoordeling tabel = BeoordelingFiles.create(model, null, Instrumenten.AMBITIETABEL_GEMEENTEN, ambitie);
        Plateaukeuze keuze = f.createPlateaukeuze();
        keuze.setAmbitieId("T5.3");
        keuze.setHuidig(2);
        keuze.setAmbitie(4);
        tabel.getPlateaukeuzes().add(keuze);
        BeoordelingFiles.save(tabel);

        Beoordeling z = BeoordelingFiles.load(zelf);
        assertEquals(null, z.getOnderwerp(), "the whole model");
        assertSame(z.getModel().getActoren().get(0), z.getScores().get(0).getPartij());
        assertEquals(3, Instrumenten.zelfanalyseBondgenootschap().scores(z, null).values().iterator().next());
        Beoordeling t = BeoordelingFiles.load(ambitie);
        assertEquals(List.of("T5.3:2->4"), t.getPlateaukeuzes().stream()
                .map(p -> p.getAmbitieId() + ":" + p.getHuidig() + "->" + p.getAmbitie()).toList());
        assertEquals(List.of(ambitie.toAbsolutePath(), zelf.toAbsolutePath()),
                BeoordelingFiles.beoordelingenVan(tmp.resolve("zwolle.bondgenoot")));
    }

    @Test
    void theAssessmentsOfAModelAreThoseBesideItThatNameIt() throws Exception {
        Path modelFile = savedModel("a.bondgenoot");
        Governancemodel a = model;
        BeoordelingFiles.save(BeoordelingFiles.create(a, null, Instrumenten.CHECKLIST_WMO_PRAKTIJKEN, tmp.resolve("a1.beoordeling")));
        savedModel("b.bondgenoot");
        BeoordelingFiles.save(BeoordelingFiles.create(model, null, Instrumenten.CHECKLIST_WMO_PRAKTIJKEN, tmp.resolve("b1.beoordeling")));
        assertEquals(List.of(tmp.resolve("a1.beoordeling").toAbsolutePath()), BeoordelingFiles.beoordelingenVan(modelFile));
        assertEquals(modelFile.toAbsolutePath(), BeoordelingFiles.modelFileOf(tmp.resolve("a1.beoordeling")).orElseThrow());
    }

    @Test
    void aMissingModelIsNamedWithTheAssessmentsFileAndLine() throws Exception {
        Path modelFile = savedModel("weg.bondgenoot");
        Path file = tmp.resolve("weg.beoordeling");
        BeoordelingFiles.save(BeoordelingFiles.create(model, okTeam, Instrumenten.CHECKLIST_WMO_PRAKTIJKEN, file));
        Files.delete(modelFile);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> BeoordelingFiles.load(file));
        assertEquals(lineWith(file, "<model href="), e.getLine(), "the line that names the model");
        assertTrue(e.toUserMessage().contains("weg.beoordeling:" + e.getLine() + ": het model weg.bondgenoot is niet te lezen: bestand niet gevonden"),
                e.toUserMessage());
    }

    @Test
    void anUnreadableModelIsNamedWithItsOwnLine() throws Exception {
        Path modelFile = savedModel("kapot.bondgenoot");
        Path file = tmp.resolve("kapot.beoordeling");
        BeoordelingFiles.save(BeoordelingFiles.create(model, null, Instrumenten.CHECKLIST_WMO_PRAKTIJKEN, file));
        Files.writeString(modelFile, Files.readString(modelFile).replace("</bondgenoot:Governancemodel>", ""));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> BeoordelingFiles.load(file));
        assertTrue(e.getMessage().startsWith("het model kapot.bondgenoot is niet te lezen: regel "), e.getMessage());
        assertTrue(e.getMessage().contains("geen geldig XML-bestand"), e.getMessage());
    }

    @Test
    void aReferenceToAnActorTheModelNoLongerHasIsNamedWithItsLine() throws Exception {
        Path modelFile = savedModel("los.bondgenoot");
        Path file = tmp.resolve("los.beoordeling");
        Beoordeling b = BeoordelingFiles.create(model, okTeam, Instrumenten.CHECKLIST_WMO_PRAKTIJKEN, file);
        b.getRespondenten().add(respondent(gemeente, "projectleider"));
        b.getRespondenten().add(respondent(travers, "partner"));
        BeoordelingFiles.save(b);
        Files.writeString(modelFile, Files.readString(modelFile).replace(travers.getId(), "weggehaald"));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> BeoordelingFiles.load(file));
        List<String> lines = Files.readAllLines(file);
        int respondentLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("rol=\"partner\"")) {
                respondentLine = i + 1;
            }
        }
        assertEquals(respondentLine, e.getLine(), e.toUserMessage());
        assertEquals("actor verwijst naar '" + travers.getId() + "', dat in los.bondgenoot niet (meer) voorkomt", e.getMessage());
    }

    @Test
    void aModelFileIsNoAssessment() throws Exception {
        Path modelFile = savedModel("model.bondgenoot");
        Path copy = Files.copy(modelFile, tmp.resolve("model.beoordeling"));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> BeoordelingFiles.load(copy));
        assertEquals("geen beoordeling: verwacht een Beoordeling, gevonden een Governancemodel", e.getMessage());
    }

    @Test
    void aNewAssessmentNeverOverwritesAFileThatIsThere() throws Exception {
        savedModel("m.bondgenoot");
        Path file = Files.writeString(tmp.resolve("m.beoordeling"), "iets anders");
        Beoordeling b = BeoordelingFiles.create(model, null, Instrumenten.CHECKLIST_WMO_PRAKTIJKEN, file);
        assertThrows(FileChangedException.class, () -> BeoordelingFiles.save(b));
        assertEquals("iets anders", Files.readString(file));
    }

    @Test
    void aModelThatStillHoldsAnAssessmentIsRefusedWithADutchMessage() throws Exception {
        Path modelFile = savedModel("oud.bondgenoot");
        String xml = Files.readString(modelFile);
        Files.writeString(modelFile, xml.replace("</bondgenoot:Governancemodel>",
                "  <beoordelingen naam=\"2013\"/>\n</bondgenoot:Governancemodel>"));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(modelFile));
        assertTrue(e.getLine() > 0);
        assertTrue(e.getMessage().contains("eigen .beoordeling-bestand"), e.getMessage());
    }

    @Test
    void anAssessmentOfAnInstrumentThatIsNotInstalledIsNotCreated() throws Exception {
        savedModel("n.bondgenoot");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BeoordelingFiles.create(model, null, "bestaat-niet", tmp.resolve("n.beoordeling")));
        assertEquals("instrument 'bestaat-niet' is niet geïnstalleerd", e.getMessage());
    }

    private static int lineWith(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private Actor actor(String naam, ActorCategorie categorie) {
        Actor a = f.createActor();
        a.setId(EcoreUtil.generateUUID());
        a.setNaam(naam);
        a.setCategorie(categorie);
        return a;
    }

    private Respondent respondent(Actor actor, String rol) {
        Respondent r = f.createRespondent();
        r.setActor(actor);
        r.setRol(rol);
        return r;
    }

    private Bron bron(Bronsoort soort, String omschrijving) {
        Bron b = f.createBron();
        b.setSoort(soort);
        b.setOmschrijving(omschrijving);
        return b;
    }

    private Antwoord antwoord(String vraagId, Antwoordstatus status, Respondent respondent) {
        Antwoord a = f.createAntwoord();
        a.setVraagId(vraagId);
        a.setStatus(status);
        a.setRespondent(respondent);
        a.setToelichting("Antwoord van " + respondent.getRol());
        return a;
    }

    private Antwoorddeel deel(String naam, List<Actor> actoren, List<String> keuzes) {
        Antwoorddeel d = f.createAntwoorddeel();
        d.setDeel(naam);
        d.getActoren().addAll(actoren);
        d.getKeuzes().addAll(keuzes);
        return d;
    }

    private Kenmerkscore score(String kenmerkId, int score, Actor partij) {
        Kenmerkscore s = f.createKenmerkscore();
        s.setKenmerkId(kenmerkId);
        s.setScore(score);
        s.setPartij(partij);
        return s;
    }
}
