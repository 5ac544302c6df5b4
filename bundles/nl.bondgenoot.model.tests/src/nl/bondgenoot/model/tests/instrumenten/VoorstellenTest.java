package nl.bondgenoot.model.tests.instrumenten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Antwoord;
import nl.bondgenoot.model.Antwoordherkomst;
import nl.bondgenoot.model.Antwoordstatus;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Rol;
import nl.bondgenoot.model.RolSoort;
import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.instrumenten.Instrumenten;
import nl.bondgenoot.model.instrumenten.Voorstel;
import nl.bondgenoot.model.instrumenten.Voorstellen;
import nl.bondgenoot.model.persistence.BeoordelingFiles;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.tests.Examples;
import nl.bondgenoot.model.tijd.Periodes;

/** Proposed answers from the model: only what the model records, with where it comes from in words. */
class VoorstellenTest {

    private static final LocalDate DATUM = LocalDate.of(2026, 12, 6);
    private static final BondgenootFactory F = BondgenootFactory.eINSTANCE;

    private static Netwerk kamperpoort() throws Exception {
        Governancemodel model = ModelFiles.load(Examples.root().resolve("examples/netwerken/ok-team-kamperpoort.bondgenoot"));
        return model.getNetwerken().get(0);
    }

    private static List<String> namen(List<Actor> actoren) {
        return actoren.stream().map(Element::getNaam).toList();
    }

    @Test
    void okTeamKamperpoortPartnersEnParticipatieKomenUitHetModel() throws Exception {
        Netwerk netwerk = kamperpoort();
        Map<String, Voorstel> voorstellen = Voorstellen.voor(netwerk, DATUM).stream()
                .collect(Collectors.toMap(Voorstel::vraagId, v -> v));
        Voorstel partners = voorstellen.get("A.Q4");
        assertEquals("leden van netwerk OK-team Kamperpoort op 6 december 2026 (van de overheid als afdelingen, de organisaties"
                + " als sleutelpartners)", partners.herkomst());
        assertNull(partners.status(), "an open question: the model fills its parts, not its status");
        Voorstel.Deel afdelingen = partners.delen().get(0);
        assertEquals("afdelingen", afdelingen.deel());
        assertEquals(1, afdelingen.actoren().size());
        assertEquals(ActorCategorie.OVERHEID, afdelingen.actoren().get(0).getCategorie());
        Voorstel.Deel sleutelpartners = partners.delen().get(1);
        assertEquals("sleutelpartners", sleutelpartners.deel());
        assertEquals(List.of("Travers", "De Kern", "Politie (wijkagent)", "DeltaWonen", "Openbaar Belang"),
                namen(sleutelpartners.actoren()));

        Voorstel participatie = voorstellen.get("B.Q4");
        assertEquals(Antwoordstatus.JA, participatie.status());
        assertEquals(List.of("COPRODUCTIE"), participatie.delen().get(0).keuzes());
        assertEquals("burgerparticipatie in netwerk OK-team Kamperpoort (participatieladder)", participatie.herkomst());
    }

    /** Every proposal names a question of the checklist and only parts and choices that question has. */
    @Test
    void elkVoorstelPastBijDeChecklist() throws Exception {
        Instrument checklist = Instrumenten.vereist(Instrumenten.CHECKLIST_WMO_PRAKTIJKEN);
        Netwerk netwerk = kamperpoort();
        Rol initiatief = F.createRol();
        initiatief.setSoort(RolSoort.INITIATIEFNEMER);
        initiatief.setActor(netwerk.getLeden().get(0));
        netwerk.getRollen().add(initiatief);
        List<Voorstel> voorstellen = Voorstellen.voor(netwerk, DATUM);
        assertTrue(voorstellen.size() >= 4, voorstellen.toString());
        for (Voorstel v : voorstellen) {
            Instrument.Item vraag = checklist.item(v.vraagId()).orElseThrow(() -> new AssertionError(v.vraagId()));
            assertFalse(v.herkomst().isBlank());
            for (Voorstel.Deel deel : v.delen()) {
                Instrument.Deel vd = vraag.deel(deel.deel())
                        .orElseThrow(() -> new AssertionError(v.vraagId() + " heeft geen deel " + deel.deel()));
                assertTrue(vd.keuzes().containsAll(deel.keuzes()), v.vraagId() + " " + deel.keuzes() + " not in " + vd.keuzes());
                assertTrue(deel.actoren().isEmpty() || vd.soort() == Instrument.Deel.Soort.ACTOREN);
            }
        }
        assertEquals(List.of(netwerk.getLeden().get(0)), Voorstellen.voor(netwerk, DATUM, "A.Q5").orElseThrow().delen().get(0).actoren());
    }

    @Test
    void eenLidDatNogNietLidIsWordtNietVoorgesteld() throws Exception {
        Netwerk netwerk = kamperpoort();
        Actor later = netwerk.getLeden().get(1);
        var lidmaatschap = F.createLidmaatschap();
        lidmaatschap.setLid(later);
        lidmaatschap.setPeriode(Periodes.periode(LocalDate.of(2027, 1, 1), null));
        netwerk.getLidmaatschappen().add(lidmaatschap);
        Voorstel partners = Voorstellen.voor(netwerk, DATUM, "A.Q4").orElseThrow();
        assertFalse(partners.delen().stream().anyMatch(d -> d.actoren().contains(later)));
        assertTrue(Voorstellen.voor(netwerk, LocalDate.of(2027, 2, 1), "A.Q4").orElseThrow().delen().stream()
                .anyMatch(d -> d.actoren().contains(later)));
    }

    @Test
    void burgersEnProfessionalsZijnGeenSleutelpartner() throws Exception {
        Netwerk netwerk = kamperpoort();
        Actor huishoudens = F.createActor();
        huishoudens.setNaam("Huishoudens");
        huishoudens.setCategorie(ActorCategorie.BURGER);
        netwerk.getLeden().add(huishoudens);
        assertTrue(Voorstellen.voor(netwerk, DATUM, "A.Q4").orElseThrow().delen().stream()
                .noneMatch(d -> d.actoren().contains(huishoudens)));
    }

    private static Beoordeling checklist(Netwerk netwerk) {
        Beoordeling b = F.createBeoordeling();
        b.setInstrumentId(Instrumenten.CHECKLIST_WMO_PRAKTIJKEN);
        b.setOnderwerp(netwerk);
        b.setDatum(BeoordelingFiles.datum(DATUM));
        return b;
    }

    private static Actor organisatie(Netwerk netwerk, String naam) {
        Actor a = F.createActor();
        a.setNaam(naam);
        a.setCategorie(ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE);
        netwerk.getLeden().add(a);
        return a;
    }

    /** An answer that took the proposal follows the model; a confirmed or overridden one stays, and the change shows. */
    @Test
    void eenOvergenomenAntwoordVolgtHetModelEenBevestigdNiet() throws Exception {
        Netwerk netwerk = kamperpoort();
        Beoordeling b = checklist(netwerk);
        Voorstel voorstel = Voorstellen.voor(b, "A.Q4").orElseThrow();
        Antwoord gevolgd = Voorstellen.overnemen(b, voorstel, null);
        Antwoord bevestigd = Voorstellen.overnemen(b, voorstel, null);
        bevestigd.setHerkomst(Antwoordherkomst.BEVESTIGD);
        Antwoord overschreven = Voorstellen.overnemen(b, voorstel, null);
        overschreven.setHerkomst(Antwoordherkomst.OVERSCHREVEN);
        assertEquals(Antwoordherkomst.VOORSTEL, gevolgd.getHerkomst());
        assertEquals(voorstel.herkomst(), gevolgd.getVoorstelBron());
        assertTrue(Voorstellen.volgt(gevolgd, voorstel));
        assertEquals(List.of(), Voorstellen.bijwerken(b), "nothing changed in the model");

        Actor nieuw = organisatie(netwerk, "Buurtwerk Zwolle");
        assertEquals(List.of(gevolgd), Voorstellen.bijwerken(b));
        assertTrue(gevolgd.getDelen().get(1).getActoren().contains(nieuw), "the proposal follows the model");
        assertTrue(gevolgd.getVoorstel().contains("Buurtwerk Zwolle"));
        assertFalse(bevestigd.getDelen().get(1).getActoren().contains(nieuw), "a confirmed answer is the consultant's");
        assertFalse(overschreven.getDelen().get(1).getActoren().contains(nieuw));
        Voorstel nu = Voorstellen.voor(b, "A.Q4").orElseThrow();
        assertTrue(Voorstellen.veranderdSindsBevestiging(bevestigd, nu));
        assertEquals("sleutelpartners: het model noemt Travers, De Kern, Politie (wijkagent), DeltaWonen, Openbaar Belang,"
                + " Buurtwerk Zwolle, het antwoord Travers, De Kern, Politie (wijkagent), DeltaWonen, Openbaar Belang",
                Voorstellen.tegenspraak(bevestigd, nu).orElseThrow());
    }

    @Test
    void eenEigenAntwoordDatHetModelTegensprekt() throws Exception {
        Netwerk netwerk = kamperpoort();
        Beoordeling b = checklist(netwerk);
        Antwoord eigen = F.createAntwoord();
        eigen.setVraagId("B.Q4");
        eigen.setStatus(Antwoordstatus.NEE);
        b.getAntwoorden().add(eigen);
        assertEquals(Antwoordherkomst.EIGEN, eigen.getHerkomst());
        assertEquals("status nee, het model zegt ja",
                Voorstellen.tegenspraak(eigen, Voorstellen.voor(b, "B.Q4").orElseThrow()).orElseThrow());
        eigen.setStatus(Antwoordstatus.ONBEKEND);
        assertTrue(Voorstellen.tegenspraak(eigen, Voorstellen.voor(b, "B.Q4").orElseThrow()).isEmpty(), "unknown contradicts nothing");
    }

    @Test
    void andereInstrumentenKrijgenGeenVoorstellen() throws Exception {
        Beoordeling b = checklist(kamperpoort());
        b.setInstrumentId(Instrumenten.ZELFANALYSE_BONDGENOOTSCHAP);
        assertEquals(List.of(), Voorstellen.voor(b));
    }

    @Test
    void eenNetwerkZonderGegevensKrijgtGeenVoorstellen() {
        Netwerk leeg = F.createNetwerk();
        leeg.setNaam("Leeg");
        assertEquals(List.of(), Voorstellen.voor(leeg, DATUM));
        assertEquals(List.of(), Voorstellen.voor(null, DATUM));
    }
}
