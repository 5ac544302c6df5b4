package nl.bondgenoot.rules.tests.beoordeling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Antwoord;
import nl.bondgenoot.model.Antwoordherkomst;
import nl.bondgenoot.model.Antwoordstatus;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.Indicatoroordeel;
import nl.bondgenoot.model.Kenmerkscore;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Oordeel;
import nl.bondgenoot.model.Participatie;
import nl.bondgenoot.model.Plateaukeuze;
import nl.bondgenoot.model.Respondent;
import nl.bondgenoot.model.instrumenten.Instrumenten;
import nl.bondgenoot.model.instrumenten.Voorstellen;
import nl.bondgenoot.model.persistence.BeoordelingFiles;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.tests.TestModels;

/**
 * The assessment rules judge a Beoordeling with the same engine as a model: its root is the assessment,
 * its model is reached through its references.
 */
class BeoordelingRulesTest {

    private static final LocalDate DATUM = LocalDate.of(2026, 12, 6);

    private final TestModels m = new TestModels();
    private final Actor gemeente = m.gemeente("Gemeente Zwolle");
    private final Actor travers = m.actor("Travers", ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE);
    private final Actor kern = m.actor("De Kern", ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE);
    private final Netwerk netwerk = netwerk();

    private Netwerk netwerk() {
        Netwerk n = TestModels.named(TestModels.F.createNetwerk(), "OK-team");
        n.getLeden().addAll(List.of(gemeente, travers, kern));
        Participatie p = TestModels.F.createParticipatie();
        p.setNiveau(Burgerparticipatie.COPRODUCTIE);
        n.getParticipaties().add(p);
        m.model.getNetwerken().add(n);
        return n;
    }

    private Beoordeling beoordeling(String instrument) {
        Beoordeling b = TestModels.named(TestModels.F.createBeoordeling(), "Beoordeling");
        b.setInstrumentId(instrument);
        b.setModel(m.model);
        b.setOnderwerp(netwerk);
        b.setDatum(BeoordelingFiles.datum(DATUM));
        return b;
    }

    private static Respondent respondent(Beoordeling b, Actor actor, String rol) {
        Respondent r = TestModels.F.createRespondent();
        r.setActor(actor);
        r.setRol(rol);
        b.getRespondenten().add(r);
        return r;
    }

    private static Antwoord antwoord(Beoordeling b, String vraag, Respondent r, Antwoordstatus status) {
        Antwoord a = TestModels.F.createAntwoord();
        a.setVraagId(vraag);
        a.setRespondent(r);
        a.setStatus(status);
        b.getAntwoorden().add(a);
        return a;
    }

    private static Indicatoroordeel oordeel(Beoordeling b, String indicator, Oordeel oordeel) {
        Indicatoroordeel o = TestModels.F.createIndicatoroordeel();
        o.setIndicatorId(indicator);
        o.setOordeel(oordeel);
        b.getIndicatoroordelen().add(o);
        return o;
    }

    private static List<Finding> findings(Beoordeling b, String ruleId) {
        return Rules.engine().validate(b, DATUM).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void beo1NoemtPerSectieDeOnbeantwoordeVragen() {
        Beoordeling b = beoordeling(Instrumenten.CHECKLIST_WMO_PRAKTIJKEN);
        b.getSecties().add("B");
        antwoord(b, "B.Q1", null, Antwoordstatus.JA);
        antwoord(b, "B.Q2", null, Antwoordstatus.NVT);
        antwoord(b, "B.Q3", null, Antwoordstatus.ONBEKEND);
        List<Finding> findings = findings(b, "BEO-1");
        assertEquals(1, findings.size(), "only section B is gone through");
        assertSame(b, findings.get(0).element());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals("[BEO-1] Checklist Wmo-praktijken, Draagvlak: 2 van 4 verplichte vragen zijn niet beantwoord: B.Q3, B.Q4"
                + " (S4:164-170)", findings.get(0).text());
        antwoord(b, "B.Q3", null, Antwoordstatus.DEELS);
        antwoord(b, "B.Q4", null, Antwoordstatus.NEE);
        assertTrue(findings(b, "BEO-1").isEmpty());
    }

    @Test
    void beo1OpEenBijgedragenInstrumentTeltAlleenVerplichteVragen() {
        Beoordeling b = beoordeling("test-buurtcheck");
        List<Finding> findings = findings(b, "BEO-1");
        assertEquals(List.of("Buurtcheck (test), Samenwerking: 1 van 1 verplichte vraag is niet beantwoord: A.Q1",
                "Buurtcheck (test), Resultaat: 1 van 1 verplichte vraag is niet beantwoord: B.Q1"),
                findings.stream().map(Finding::message).toList(), "A.Q2 is not required");
    }

    @Test
    void beo1NoemtAmbitiesEnKenmerkenBijHunNaam() {
        assertTrue(findings(beoordeling(Instrumenten.AMBITIETABEL_GEMEENTEN), "BEO-1").get(0).message()
                .matches("Ambitietabel gemeenten \\(K2, Tabel 5\\), .+: \\d+ van \\d+ verplichte ambities zijn niet beantwoord: T5\\..+"));
        assertTrue(findings(beoordeling(Instrumenten.ZELFANALYSE_BONDGENOOTSCHAP), "BEO-1").get(0).message()
                .contains(": 4 van 4 verplichte kenmerken zijn niet beantwoord: IO.1, IO.2, IO.3, IO.4"));
    }

    @Test
    void beo2EenOordeelZonderAntwoordenOpDeVragen() {
        Beoordeling b = beoordeling(Instrumenten.CHECKLIST_WMO_PRAKTIJKEN);
        Indicatoroordeel o = oordeel(b, "B.I3", Oordeel.VOLDOENDE);
        oordeel(b, "B.I1", Oordeel.ONBEKEND);
        List<Finding> findings = findings(b, "BEO-2");
        assertEquals(1, findings.size());
        assertSame(o, findings.get(0).element());
        assertEquals("Indicator B.I3 is voldoende beoordeeld zonder dat een van haar vragen is beantwoord (B.Q4)",
                findings.get(0).message());
        antwoord(b, "B.Q4", null, Antwoordstatus.JA);
        assertTrue(findings(b, "BEO-2").isEmpty());
    }

    @Test
    void beo3EenEigenAntwoordDatHetModelTegensprekt() {
        Beoordeling b = beoordeling(Instrumenten.CHECKLIST_WMO_PRAKTIJKEN);
        Antwoord a = antwoord(b, "B.Q4", respondent(b, travers, "teamleider"), Antwoordstatus.NEE);
        List<Finding> findings = findings(b, "BEO-3");
        assertEquals(1, findings.size());
        assertSame(a, findings.get(0).element());
        assertEquals("Antwoord op B.Q4 (Travers (teamleider)) spreekt het model tegen: status nee, het model zegt ja (voorstel uit"
                + " burgerparticipatie in netwerk OK-team (participatieladder))", findings.get(0).message());
        a.setStatus(Antwoordstatus.JA);
        assertTrue(findings(b, "BEO-3").isEmpty());
    }

    @Test
    void beo3EenBevestigdAntwoordNaEenWijzigingInHetModel() {
        Beoordeling b = beoordeling(Instrumenten.CHECKLIST_WMO_PRAKTIJKEN);
        Antwoord a = Voorstellen.overnemen(b, Voorstellen.voor(b, "B.Q4").orElseThrow(), null);
        a.setHerkomst(Antwoordherkomst.BEVESTIGD);
        assertTrue(findings(b, "BEO-3").isEmpty());
        netwerk.getParticipaties().get(0).setNiveau(Burgerparticipatie.MEEBESLISSEN);
        List<Finding> findings = findings(b, "BEO-3");
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().startsWith("Antwoord op B.Q4 (zonder respondent) spreekt het model tegen: participatie:"
                + " het model noemt MEEBESLISSEN, het antwoord COPRODUCTIE"), findings.get(0).message());
    }

    @Test
    void beo3EenOvergenomenVoorstelDatNietIsBijgewerkt() {
        Beoordeling b = beoordeling(Instrumenten.CHECKLIST_WMO_PRAKTIJKEN);
        Voorstellen.overnemen(b, Voorstellen.voor(b, "B.Q4").orElseThrow(), null);
        assertTrue(findings(b, "BEO-3").isEmpty());
        netwerk.getParticipaties().get(0).setNiveau(Burgerparticipatie.MEEBESLISSEN);
        assertEquals(1, findings(b, "BEO-3").size(), "not yet brought up to date");
        Voorstellen.bijwerken(b);
        assertTrue(findings(b, "BEO-3").isEmpty());
    }

    @Test
    void beo4EenBewustOverschrevenAntwoordBlijftZichtbaar() {
        Beoordeling b = beoordeling(Instrumenten.CHECKLIST_WMO_PRAKTIJKEN);
        Antwoord a = antwoord(b, "B.Q4", null, Antwoordstatus.NEE);
        a.setHerkomst(Antwoordherkomst.OVERSCHREVEN);
        assertTrue(findings(b, "BEO-3").isEmpty(), "overridden on purpose: no warning");
        List<Finding> findings = findings(b, "BEO-4");
        assertEquals(1, findings.size());
        assertEquals(Severity.INFO, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("wijkt bewust af van het model: status nee, het model zegt ja"));
    }

    @Test
    void beo5RespondentenDieVerschillen() {
        Beoordeling b = beoordeling(Instrumenten.CHECKLIST_WMO_PRAKTIJKEN);
        Respondent g = respondent(b, gemeente, "projectleider");
        Respondent t = respondent(b, travers, "teamleider");
        Antwoord eerste = antwoord(b, "A.Q7", g, Antwoordstatus.JA);
        antwoord(b, "A.Q7", t, Antwoordstatus.NEE);
        antwoord(b, "A.Q8", g, Antwoordstatus.JA);
        antwoord(b, "A.Q8", t, Antwoordstatus.JA);
        List<Finding> findings = findings(b, "BEO-5");
        assertEquals(1, findings.size(), "A.Q8 agrees");
        assertSame(eerste, findings.get(0).element());
        assertEquals(Severity.INFO, findings.get(0).severity());
        assertEquals("Respondenten verschillen over A.Q7: ja (Gemeente Zwolle (projectleider)); nee (Travers (teamleider))",
                findings.get(0).message());
    }

    @Test
    void beo6ScoresEnPlateausBuitenDeSchaal() {
        Beoordeling z = beoordeling(Instrumenten.ZELFANALYSE_BONDGENOOTSCHAP);
        Kenmerkscore s = TestModels.F.createKenmerkscore();
        s.setKenmerkId("IO.1");
        s.setScore(7);
        z.getScores().add(s);
        Kenmerkscore goed = TestModels.F.createKenmerkscore();
        goed.setKenmerkId("IO.2");
        goed.setScore(5);
        z.getScores().add(goed);
        List<Finding> findings = findings(z, "BEO-6");
        assertEquals(1, findings.size());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals("Score 7 voor kenmerk IO.1 (alle partijen samen) ligt buiten de schaal 1-5", findings.get(0).message());

        Beoordeling t = beoordeling(Instrumenten.AMBITIETABEL_GEMEENTEN);
        Plateaukeuze p = TestModels.F.createPlateaukeuze();
        p.setAmbitieId(firstItem(Instrumenten.AMBITIETABEL_GEMEENTEN));
        p.setHuidig(6);
        p.setAmbitie(3);
        t.getPlateaukeuzes().add(p);
        assertEquals(1, findings(t, "BEO-6").size());
    }

    private static String firstItem(String instrument) {
        return Instrumenten.vereist(instrument).items().get(0).id();
    }

    @Test
    void beo7ExtraAandachtWijstNaarDeAandachtspunten() {
        Beoordeling b = beoordeling(Instrumenten.CHECKLIST_WMO_PRAKTIJKEN);
        antwoord(b, "B.Q4", null, Antwoordstatus.DEELS);
        Indicatoroordeel o = oordeel(b, "B.I3", Oordeel.DEELS);
        oordeel(b, "B.I1", Oordeel.VOLDOENDE);
        List<Finding> findings = findings(b, "BEO-7");
        assertEquals(1, findings.size());
        assertSame(o, findings.get(0).element());
        assertEquals("[BEO-7] Indicator B.I3 'Burgers worden voldoende betrokken bij de nieuwe aanpakken.' is deels beoordeeld"
                + " en behoeft extra aandacht: lees de aandachtspunten bij B.Q4 (S4:1026-1197) (S4:164-181)", findings.get(0).text());
    }

    @Test
    void beo8OnbekendeIdsEnInstrumenten() {
        Beoordeling b = beoordeling(Instrumenten.CHECKLIST_WMO_PRAKTIJKEN);
        Antwoord a = antwoord(b, "A.Q99", null, Antwoordstatus.JA);
        oordeel(b, "Z.I1", Oordeel.DEELS);
        List<Finding> findings = findings(b, "BEO-8");
        assertEquals(2, findings.size());
        assertSame(a, findings.get(0).element());
        assertEquals("Antwoord op 'A.Q99': Checklist Wmo-praktijken heeft geen vraag met die id", findings.get(0).message());
        Beoordeling onbekend = beoordeling("bestaat-niet");
        assertTrue(findings(onbekend, "BEO-8").get(0).message().startsWith(
                "Beoordeling 'Beoordeling': instrument 'bestaat-niet' is niet geïnstalleerd; geïnstalleerd zijn checklist-wmo-praktijken,"));
    }

    @Test
    void plt1OokVoorHetGekozenPlateauPerAmbitie() {
        Beoordeling t = beoordeling(Instrumenten.AMBITIETABEL_GEMEENTEN);
        String id = firstItem(Instrumenten.AMBITIETABEL_GEMEENTEN);
        Plateaukeuze p = TestModels.F.createPlateaukeuze();
        p.setAmbitieId(id);
        p.setHuidig(2);
        p.setAmbitie(4);
        t.getPlateaukeuzes().add(p);
        Plateaukeuze realistisch = TestModels.F.createPlateaukeuze();
        realistisch.setAmbitieId(Instrumenten.vereist(Instrumenten.AMBITIETABEL_GEMEENTEN).items().get(1).id());
        realistisch.setHuidig(3);
        realistisch.setAmbitie(4);
        t.getPlateaukeuzes().add(realistisch);
        List<Finding> findings = findings(t, "PLT-1");
        assertEquals(1, findings.size());
        assertSame(p, findings.get(0).element());
        assertTrue(findings.get(0).message().matches("Ambitie " + java.util.regex.Pattern.quote(id)
                + " \\(.+\\): ambitie plateau 4 vanaf het huidige plateau 2 is te ambitieus"), findings.get(0).message());
    }
}
