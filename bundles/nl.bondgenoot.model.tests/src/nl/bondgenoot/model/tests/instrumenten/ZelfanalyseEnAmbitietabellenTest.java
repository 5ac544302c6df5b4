package nl.bondgenoot.model.tests.instrumenten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Kenmerkscore;
import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.instrumenten.Instrument.Item;
import nl.bondgenoot.model.instrumenten.Instrumenten;

/** The zelfanalyse bondgenootschap (S0:1373-1440) and the ambition tables (S2 Tabel 5 and 9) ship as data. */
class ZelfanalyseEnAmbitietabellenTest {

    @Test
    void seventeenKenmerkenInFourAreas() {
        Instrument zelfanalyse = Instrumenten.zelfanalyseBondgenootschap();
        assertEquals(Instrument.Antwoordsoort.SCORES, zelfanalyse.soort());
        assertEquals(17, zelfanalyse.items().size());
        assertEquals(List.of("IO", "MA", "VA", "UA"), zelfanalyse.onderdelen().stream().map(g -> g.id()).toList());
        assertEquals(List.of(4, 4, 5, 4), zelfanalyse.onderdelen().stream()
                .map(g -> zelfanalyse.items(g.id()).size()).toList());
        assertEquals("practise what you preach", zelfanalyse.item("IO.1").orElseThrow().tekst());
        assertEquals("wordt er gewerkt volgens de 8 bakens?", zelfanalyse.item("UA.1").orElseThrow().toelichting());
        for (Item k : zelfanalyse.items()) {
            assertTrue(k.bron().matches("S0:1[34]\\d\\d(-1[34]\\d\\d)?"), k.id() + ": " + k.bron());
        }
    }

    @Test
    void aWebDiagramPerPartyOrJointly() {
        Instrument instrument = Instrumenten.zelfanalyseBondgenootschap();
        BondgenootFactory f = BondgenootFactory.eINSTANCE;
        Actor gemeente = f.createActor();
        Beoordeling zelfanalyse = f.createBeoordeling();
        zelfanalyse.getScores().add(score("IO.1", 4, gemeente));
        zelfanalyse.getScores().add(score("IO.1", 2, null));
        zelfanalyse.getScores().add(score("UA.4", 3, null));
        Map<Item, Integer> vanGemeente = instrument.scores(zelfanalyse, gemeente);
        Map<Item, Integer> samen = instrument.scores(zelfanalyse, null);
        assertEquals(17, samen.size());
        assertEquals(4, vanGemeente.get(instrument.item("IO.1").orElseThrow()));
        assertEquals(0, vanGemeente.get(instrument.item("UA.4").orElseThrow()));
        assertEquals(List.of(2, 0, 0, 0), samen.values().stream().limit(4).toList());
        assertEquals(3, samen.get(instrument.item("UA.4").orElseThrow()));
    }

    @Test
    void ambitionTablesFiveAndNineHaveNineteenAndEighteenItemsPerOrganisatiegebied() {
        Instrument tabel5 = Instrumenten.vereist(Instrumenten.AMBITIETABEL_GEMEENTEN);
        Instrument tabel9 = Instrumenten.vereist(Instrumenten.AMBITIETABEL_UITVOERINGSORGANISATIES);
        assertEquals(Instrument.Antwoordsoort.PLATEAUS, tabel5.soort());
        assertEquals(19, tabel5.items().size());
        assertEquals(18, tabel9.items().size());
        List<String> volgorde = List.of("STRATEGIE_EN_BELEID", "PROCESSEN_EN_STRUCTUREN", "LEIDERSCHAP_EN_CULTUUR",
                "MEDEWERKERS_EN_VAARDIGHEDEN", "MIDDELEN_EN_ICT");
        assertEquals(volgorde, tabel5.onderdelen().stream().map(o -> o.id()).toList());
        assertEquals(volgorde, tabel9.onderdelen().stream().map(o -> o.id()).toList());
        assertEquals("Middelen en ICT", tabel5.onderdeel("MIDDELEN_EN_ICT").orElseThrow().naam());
        assertEquals(List.of(6, 3, 3, 3, 4), volgorde.stream().map(g -> tabel5.items(g).size()).toList());
        assertEquals(List.of(5, 4, 2, 4, 3), volgorde.stream().map(g -> tabel9.items(g).size()).toList());
        assertEquals("De gemeente beperkt de regeldruk.", tabel5.item("T5.19").orElseThrow().tekst());
        assertEquals("4.1", tabel5.item("T5.1").orElseThrow().waarde("paragraaf"));
        assertTrue(tabel9.item("T5.1").isEmpty(), "Tabel 9 holds only its own ambities");
    }

    private static Kenmerkscore score(String kenmerkId, int score, Actor partij) {
        Kenmerkscore s = BondgenootFactory.eINSTANCE.createKenmerkscore();
        s.setKenmerkId(kenmerkId);
        s.setScore(score);
        s.setPartij(partij);
        return s;
    }
}
