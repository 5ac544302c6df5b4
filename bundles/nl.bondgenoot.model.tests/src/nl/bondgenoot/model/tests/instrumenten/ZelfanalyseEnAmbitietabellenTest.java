package nl.bondgenoot.model.tests.instrumenten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Beoordelingsinstrument;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Kenmerkscore;
import nl.bondgenoot.model.Organisatiegebied;
import nl.bondgenoot.model.Zelfanalyse;
import nl.bondgenoot.model.Zelfanalysegebied;
import nl.bondgenoot.model.instrumenten.Ambitietabellen;
import nl.bondgenoot.model.instrumenten.Instrumenten;
import nl.bondgenoot.model.instrumenten.ZelfanalyseBondgenootschap;
import nl.bondgenoot.model.instrumenten.ZelfanalyseBondgenootschap.Kenmerk;

/** The zelfanalyse bondgenootschap (S0:1373-1440) and the ambition tables (S2 Tabel 5 and 9) ship as data. */
class ZelfanalyseEnAmbitietabellenTest {

    @Test
    void seventeenKenmerkenInFourAreas() {
        ZelfanalyseBondgenootschap zelfanalyse = Instrumenten.zelfanalyseBondgenootschap();
        assertEquals(17, zelfanalyse.kenmerken().size());
        assertEquals(List.of(Zelfanalysegebied.values()), zelfanalyse.gebieden().stream().map(g -> g.gebied()).toList());
        assertEquals(List.of(4, 4, 5, 4), zelfanalyse.gebieden().stream()
                .map(g -> zelfanalyse.kenmerken(g.gebied()).size()).toList());
        assertEquals("practise what you preach", zelfanalyse.kenmerk("IO.1").orElseThrow().naam());
        assertEquals("wordt er gewerkt volgens de 8 bakens?", zelfanalyse.kenmerk("UA.1").orElseThrow().toelichting());
        for (Kenmerk k : zelfanalyse.kenmerken()) {
            assertTrue(k.bron().matches("S0:1[34]\\d\\d(-1[34]\\d\\d)?"), k.id() + ": " + k.bron());
        }
    }

    @Test
    void aWebDiagramPerPartyOrJointly() {
        ZelfanalyseBondgenootschap instrument = Instrumenten.zelfanalyseBondgenootschap();
        BondgenootFactory f = BondgenootFactory.eINSTANCE;
        Actor gemeente = f.createActor();
        Zelfanalyse zelfanalyse = f.createZelfanalyse();
        zelfanalyse.getScores().add(score("IO.1", 4, gemeente));
        zelfanalyse.getScores().add(score("IO.1", 2, null));
        zelfanalyse.getScores().add(score("UA.4", 3, null));
        Map<Kenmerk, Integer> vanGemeente = instrument.webdiagram(zelfanalyse, gemeente);
        Map<Kenmerk, Integer> samen = instrument.webdiagram(zelfanalyse, null);
        assertEquals(17, samen.size());
        assertEquals(4, vanGemeente.get(instrument.kenmerk("IO.1").orElseThrow()));
        assertEquals(0, vanGemeente.get(instrument.kenmerk("UA.4").orElseThrow()));
        assertEquals(List.of(2, 0, 0, 0), samen.values().stream().limit(4).toList());
        assertEquals(3, samen.get(instrument.kenmerk("UA.4").orElseThrow()));
    }

    @Test
    void ambitionTablesFiveAndNineHaveNineteenAndEighteenItems() {
        Ambitietabellen tabellen = Instrumenten.ambitietabellen();
        assertEquals(19, tabellen.ambities(Beoordelingsinstrument.AMBITIETABEL_GEMEENTEN).size());
        assertEquals(18, tabellen.ambities(Beoordelingsinstrument.AMBITIETABEL_UITVOERINGSORGANISATIES).size());
        Organisatiegebied[] volgorde = { Organisatiegebied.STRATEGIE_EN_BELEID, Organisatiegebied.PROCESSEN_EN_STRUCTUREN,
                Organisatiegebied.LEIDERSCHAP_EN_CULTUUR, Organisatiegebied.MEDEWERKERS_EN_VAARDIGHEDEN,
                Organisatiegebied.MIDDELEN_EN_ICT };
        int[] tabel5 = { 6, 3, 3, 3, 4 };
        int[] tabel9 = { 5, 4, 2, 4, 3 };
        for (int i = 0; i < volgorde.length; i++) {
            assertEquals(tabel5[i], tabellen.ambities(Beoordelingsinstrument.AMBITIETABEL_GEMEENTEN, volgorde[i]).size(),
                    "Tabel 5, " + volgorde[i]);
            assertEquals(tabel9[i], tabellen.ambities(Beoordelingsinstrument.AMBITIETABEL_UITVOERINGSORGANISATIES, volgorde[i]).size(),
                    "Tabel 9, " + volgorde[i]);
        }
        assertEquals("De gemeente beperkt de regeldruk.", tabellen.ambitie("T5.19").orElseThrow().tekst());
    }

    private static Kenmerkscore score(String kenmerkId, int score, Actor partij) {
        Kenmerkscore s = BondgenootFactory.eINSTANCE.createKenmerkscore();
        s.setKenmerkId(kenmerkId);
        s.setScore(score);
        s.setPartij(partij);
        return s;
    }
}
