package nl.bondgenoot.beoordeling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.beoordeling.Beoordelingsrapport;
import nl.bondgenoot.beoordeling.Indicatorstand;
import nl.bondgenoot.beoordeling.Scorereeks;
import nl.bondgenoot.beoordeling.Vergelijking;
import nl.bondgenoot.beoordeling.Voortgang;
import nl.bondgenoot.beoordeling.Vraagstand;
import nl.bondgenoot.beoordeling.grafiek.Grafiek;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Antwoord;
import nl.bondgenoot.model.Antwoordstatus;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Indicatoroordeel;
import nl.bondgenoot.model.Kenmerkscore;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Oordeel;
import nl.bondgenoot.model.Respondent;
import nl.bondgenoot.model.instrumenten.Instrumenten;
import nl.bondgenoot.model.instrumenten.Voorstellen;
import nl.bondgenoot.model.persistence.BeoordelingFiles;
import nl.bondgenoot.model.persistence.ModelFiles;

/** The report of an assessment as data, for the shipped instruments and a contributed one (this fragment's). */
class BeoordelingsrapportTest {

    private static final BondgenootFactory F = BondgenootFactory.eINSTANCE;

    private final Governancemodel model;
    private final Netwerk netwerk;

    BeoordelingsrapportTest() throws Exception {
        model = ModelFiles.load(Path.of(System.getProperty("bondgenoot.root", "../.."), "examples/netwerken/ok-team-kamperpoort.bondgenoot"));
        netwerk = model.getNetwerken().get(0);
    }

    private Beoordeling beoordeling(String instrumentId, LocalDate datum) {
        Beoordeling b = F.createBeoordeling();
        b.setInstrumentId(instrumentId);
        b.setModel(model);
        b.setOnderwerp(netwerk);
        b.setDatum(BeoordelingFiles.datum(datum));
        return b;
    }

    private Actor lid(String naam) {
        return netwerk.getLeden().stream().filter(a -> a.getNaam().equals(naam)).findFirst().orElseThrow();
    }

    private static Respondent respondent(Beoordeling b, Actor actor, String rol) {
        Respondent r = F.createRespondent();
        r.setActor(actor);
        r.setRol(rol);
        b.getRespondenten().add(r);
        return r;
    }

    private static Antwoord antwoord(Beoordeling b, String vraag, Respondent r, Antwoordstatus status) {
        Antwoord a = F.createAntwoord();
        a.setVraagId(vraag);
        a.setRespondent(r);
        a.setStatus(status);
        b.getAntwoorden().add(a);
        return a;
    }

    private static void oordeel(Beoordeling b, String indicator, Oordeel oordeel, String motivering) {
        Indicatoroordeel o = F.createIndicatoroordeel();
        o.setIndicatorId(indicator);
        o.setOordeel(oordeel);
        o.setMotivering(motivering);
        b.getIndicatoroordelen().add(o);
    }

    private static void score(Beoordeling b, String kenmerk, Actor partij, int score) {
        Kenmerkscore s = F.createKenmerkscore();
        s.setKenmerkId(kenmerk);
        s.setPartij(partij);
        s.setScore(score);
        b.getScores().add(s);
    }

    @Test
    void checklistMetTweeRespondentenEenVoorstelEnEenOordeel() {
        Beoordeling b = beoordeling(Instrumenten.CHECKLIST_WMO_PRAKTIJKEN, LocalDate.of(2026, 12, 6));
        Respondent gemeente = respondent(b, lid("Gemeente Zwolle"), "projectleider");
        Respondent travers = respondent(b, lid("Travers"), "teamleider");
        antwoord(b, "A.Q1", gemeente, Antwoordstatus.JA);
        antwoord(b, "A.Q1", travers, Antwoordstatus.NEE);
        antwoord(b, "A.Q2", gemeente, Antwoordstatus.JA);
        antwoord(b, "A.Q2", travers, Antwoordstatus.JA);
        antwoord(b, "A.Q3", travers, Antwoordstatus.ONBEKEND);
        Voorstellen.overnemen(b, Voorstellen.voor(b, "A.Q4").orElseThrow(), gemeente);
        oordeel(b, "A.I2", Oordeel.DEELS, "De rollen van de woningcorporaties zijn niet vastgelegd.");

        Beoordelingsrapport rapport = Beoordelingsrapport.van(b);
        assertEquals("Checklist Wmo-praktijken, OK-team Kamperpoort, 6 december 2026", rapport.titel());
        Voortgang voortgang = rapport.voortgang();
        assertEquals(31, voortgang.vereist());
        assertEquals(3, voortgang.beantwoord(), "A.Q1, A.Q2 and A.Q4 (parts from the model); A.Q3 unknown is not an answer");
        assertEquals("3 van 31 beantwoord", voortgang.tekst());
        assertEquals(List.of(11, 4, 8, 8), voortgang.perOnderdeel().stream().map(Voortgang.Onderdeel::vereist).toList());

        List<Vraagstand> verschillen = rapport.verschillen();
        assertEquals(1, verschillen.size(), "A.Q2 agrees");
        assertEquals("A.Q1", verschillen.get(0).item().id());
        assertEquals(2, verschillen.get(0).verschillen().size());

        Indicatorstand a2 = rapport.indicatoren().get(1);
        assertEquals("A.I2", a2.indicator().id());
        assertEquals(Oordeel.DEELS, a2.oordeel());
        assertTrue(a2.extraAandacht());
        assertEquals("De rollen van de woningcorporaties zijn niet vastgelegd.", a2.motivering());
        assertEquals(List.of("A.Q4", "A.Q5", "A.Q8"), a2.vragen().stream().map(v -> v.item().id()).toList());
        assertEquals(1, a2.beantwoord());
        assertTrue(a2.vragen().get(0).voorstel().isPresent(), "A.Q4's proposal from the model");
        assertEquals(List.of("A.Q4", "A.Q5", "A.Q8"), rapport.extraAandacht().stream().map(i -> i.id()).toList());
        assertEquals(Oordeel.ONBEKEND, rapport.indicatoren().get(0).oordeel(), "not judged");

        Grafiek overzicht = rapport.indicatoroverzicht().orElseThrow();
        assertTrue(overzicht.svg().contains("data-id=\"A.I2\" data-oordeel=\"DEELS\""));
        assertTrue(rapport.radar().isEmpty(), "a checklist has no radar");
    }

    @Test
    void zelfanalysePerPartijEnGezamenlijk() {
        Beoordeling b = beoordeling(Instrumenten.ZELFANALYSE_BONDGENOOTSCHAP, LocalDate.of(2026, 12, 6));
        respondent(b, lid("Travers"), "directeur");
        respondent(b, lid("Gemeente Zwolle"), "wethouder");
        score(b, "IO.1", lid("Gemeente Zwolle"), 4);
        score(b, "IO.1", null, 3);
        score(b, "MA.2", lid("Travers"), 2);
        score(b, "MA.2", null, 2);
        Beoordelingsrapport rapport = Beoordelingsrapport.van(b);
        List<Scorereeks> reeksen = rapport.scores();
        assertEquals(List.of("Alle partijen samen", "Travers", "Gemeente Zwolle"), reeksen.stream().map(Scorereeks::naam).toList(),
                "joint first, then the parties in the respondents' order");
        assertEquals(2, reeksen.get(0).gescoord());
        assertEquals(17, reeksen.get(0).scores().size());
        assertEquals(new Voortgang(2, 17, rapport.voortgang().perOnderdeel()), rapport.voortgang());
        Grafiek radar = rapport.radar().orElseThrow();
        assertTrue(radar.svg().contains("data-reeks=\"Travers\""));
        assertTrue(rapport.indicatoroverzicht().isEmpty(), "the zelfanalyse has no indicators");
    }

    @Test
    void tweeZelfanalysesVanEenPraktijkInDeTijd() {
        Beoordeling later = beoordeling(Instrumenten.ZELFANALYSE_BONDGENOOTSCHAP, LocalDate.of(2026, 12, 6));
        Beoordeling eerder = beoordeling(Instrumenten.ZELFANALYSE_BONDGENOOTSCHAP, LocalDate.of(2025, 3, 1));
        score(eerder, "IO.1", null, 2);
        score(later, "IO.1", null, 4);
        score(later, "IO.2", null, 3);
        Vergelijking v = Vergelijking.van(later, eerder);
        assertEquals(eerder, v.eerder().beoordeling(), "by date, whatever the order given");
        Vergelijking.Scoreverschil io1 = v.scores(null).get(0);
        assertEquals(2, io1.eerder());
        assertEquals(4, io1.later());
        assertEquals(2, io1.verschil());
        assertEquals(0, v.scores(null).get(1).verschil(), "not scored then: no difference claimed");
        Grafiek radar = v.radar(null).orElseThrow();
        assertTrue(radar.svg().contains("1 maart 2025") && radar.svg().contains("6 december 2026"));
        assertTrue(radar.svg().contains("stroke-dasharray=\"6 4\""));

        Beoordeling checklist = beoordeling(Instrumenten.CHECKLIST_WMO_PRAKTIJKEN, LocalDate.of(2026, 1, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Vergelijking.van(later, checklist));
        assertTrue(e.getMessage().contains("verschillende instrumenten"), e.getMessage());
        assertEquals(List.of(eerder), Vergelijking.vergelijkbaar(later, List.of(later, checklist, eerder)));
    }

    @Test
    void eenBijgedragenScoresinstrumentKrijgtRapportEnRadar() {
        Beoordeling b = beoordeling("test-wijkscan", LocalDate.of(2026, 12, 6));
        score(b, "W.1", null, 5);
        score(b, "I.2", null, 1);
        score(b, "W.2", lid("De Kern"), 3);
        Beoordelingsrapport rapport = Beoordelingsrapport.van(b);
        assertEquals("Wijkscan (test), OK-team Kamperpoort, 6 december 2026", rapport.titel());
        assertEquals(3, rapport.voortgang().beantwoord());
        assertEquals(5, rapport.voortgang().vereist());
        assertEquals(List.of("Wijk", "Informatie"), rapport.voortgang().perOnderdeel().stream().map(Voortgang.Onderdeel::naam).toList());
        Grafiek radar = rapport.radar().orElseThrow();
        assertTrue(radar.svg().contains("data-groep=\"Informatie\""));
        assertEquals(2, rapport.scores().size());
    }

    @Test
    void eenBijgedragenChecklistKrijgtIndicatorenEnVoortgang() {
        Beoordeling b = beoordeling("test-buurtcheck", LocalDate.of(2026, 12, 6));
        antwoord(b, "A.Q2", null, Antwoordstatus.JA);
        oordeel(b, "B.I1", Oordeel.ONVOLDOENDE, "");
        Beoordelingsrapport rapport = Beoordelingsrapport.van(b);
        assertEquals(0, rapport.voortgang().beantwoord(), "A.Q2 is not required");
        assertEquals(2, rapport.voortgang().vereist());
        assertEquals(List.of("B.Q1"), rapport.extraAandacht().stream().map(i -> i.id()).toList());
        assertTrue(rapport.indicatoroverzicht().orElseThrow().svg().contains("extra aandacht"));
        assertFalse(Voorstellen.voor(b).iterator().hasNext(), "no proposals for a contributed instrument");
    }

    @Test
    void eenOnbekendInstrumentGeeftEenNederlandseMelding() {
        Beoordeling b = beoordeling("bestaat-niet", LocalDate.of(2026, 12, 6));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Beoordelingsrapport.van(b));
        assertTrue(e.getMessage().contains("bestaat-niet"), e.getMessage());
    }
}
