package nl.bondgenoot.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.analysis.advies.Bestuursvormadvies;
import nl.bondgenoot.analysis.advies.Bestuursvormadviseur;
import nl.bondgenoot.analysis.advies.Invoer;
import nl.bondgenoot.analysis.advies.Kenmerk;
import nl.bondgenoot.analysis.advies.ProvanKenisTabel;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Mate;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkregisseur;
import nl.bondgenoot.model.Netwerkvorm;

class BestuursvormadviseurTest {

    /** The NET-13 parameters as the rule set ships them (rules/builtin/network/parameters.properties). */
    static final Map<String, String> NET13 = Map.ofEntries(
            Map.entry("GEDEELD.organisaties", "3-8"), Map.entry("GEDEELD.vertrouwensdichtheid", "HOOG"),
            Map.entry("GEDEELD.doelconsensus", "HOOG"), Map.entry("GEDEELD.behoefteNetwerkcompetenties", "LAAG"),
            Map.entry("LEIDENDE_ORGANISATIE.organisaties", "6-25"),
            Map.entry("LEIDENDE_ORGANISATIE.vertrouwensdichtheid", "LAAG"),
            Map.entry("LEIDENDE_ORGANISATIE.doelconsensus", "LAAG, MIDDEL"),
            Map.entry("LEIDENDE_ORGANISATIE.behoefteNetwerkcompetenties", "MIDDEL"),
            Map.entry("NAO.organisaties", "6-"), Map.entry("NAO.vertrouwensdichtheid", "MIDDEL"),
            Map.entry("NAO.doelconsensus", "MIDDEL, HOOG"), Map.entry("NAO.behoefteNetwerkcompetenties", "HOOG"));

    static ProvanKenisTabel tabel(Map<String, String> waarden) {
        return ProvanKenisTabel.uit(waarden::get, n -> "NET-13." + n);
    }

    private static Netwerk netwerk(Modellen m, int organisaties, Mate vertrouwen, Mate consensus, Mate competenties) {
        String[] namen = new String[organisaties];
        for (int i = 0; i < organisaties; i++) {
            namen[i] = "org" + i;
        }
        m.actoren(ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE, namen);
        Netwerk n = m.netwerk("Wijknetwerk", namen);
        n.setVertrouwensdichtheid(vertrouwen);
        n.setDoelconsensus(consensus);
        n.setBehoefteNetwerkcompetenties(competenties);
        return n;
    }

    private static Bestuursvormadvies advies(Netwerk n) {
        return Bestuursvormadviseur.adviseer(n, Modellen.PEILDATUM, tabel(NET13));
    }

    @Test
    void aSmallCloseNetworkFitsSharedGovernance() {
        Netwerk n = netwerk(new Modellen(), 4, Mate.HOOG, Mate.HOOG, Mate.LAAG);
        n.setVorm(Netwerkvorm.NAO);
        Bestuursvormadvies advies = advies(n);
        assertEquals(List.of(Netwerkvorm.GEDEELD), advies.passend());
        assertTrue(advies.wijktAf(), "NAO is modelled, shared governance fits");
        assertEquals(List.of("4 organisaties (past: 6 of meer)", "vertrouwensdichtheid hoog (past: middel)",
                "behoefte aan netwerkcompetenties laag (past: hoog)"), advies.oordeel(Netwerkvorm.NAO).misfits());
        assertEquals(4, advies.bekendeInvoer());
    }

    @Test
    void aLargeNetworkNeedingCompetenciesFitsANao() {
        Netwerk n = netwerk(new Modellen(), 12, Mate.MIDDEL, Mate.HOOG, Mate.HOOG);
        n.setVorm(Netwerkvorm.NAO);
        Bestuursvormadvies advies = advies(n);
        assertEquals(List.of(Netwerkvorm.NAO), advies.passend());
        assertFalse(advies.wijktAf());
    }

    @Test
    void everyInputSaysWhereItCameFrom() {
        Modellen m = new Modellen();
        Netwerk n = netwerk(m, 3, Mate.HOOG, Mate.ONBEKEND, Mate.LAAG);
        m.actoren(ActorCategorie.BURGER, "inwoner").actoren(ActorCategorie.ONBEKEND, "wie");
        n.getLeden().add(m.a("inwoner"));
        n.getLeden().add(m.a("wie"));
        List<Invoer> invoer = advies(n).invoer();
        assertEquals("3", invoer.get(0).waarde());
        assertEquals("leden van 'Wijknetwerk' op 1 januari 2026: 5 leden, waarvan 3 organisaties"
                + " (1 van onbekende categorie niet meegeteld)", invoer.get(0).herkomst());
        assertEquals("eigenschap vertrouwensdichtheid van 'Wijknetwerk'", invoer.get(1).herkomst());
        assertEquals(Kenmerk.DOELCONSENSUS, invoer.get(2).kenmerk());
        assertFalse(invoer.get(2).bekend());
        assertEquals("onbekend", invoer.get(2).waarde());
        assertEquals("doelconsensus van 'Wijknetwerk' is niet ingevuld", invoer.get(2).herkomst());
    }

    @Test
    void anUnknownConditionIsJudgedForNoForm() {
        Netwerk n = netwerk(new Modellen(), 4, Mate.ONBEKEND, Mate.ONBEKEND, Mate.ONBEKEND);
        Bestuursvormadvies advies = advies(n);
        assertEquals(List.of(Netwerkvorm.GEDEELD), advies.passend(), "only the number of organisations is known");
        assertNull(advies.oordeel(Netwerkvorm.GEDEELD).voorwaarden().get(1).past());
        assertEquals(1, advies.oordeel(Netwerkvorm.GEDEELD).bekend());
        assertFalse(advies.wijktAf(), "no form modelled, so no mismatch");
    }

    @Test
    void theRegisseursTrustIsARemarkNotADensity() {
        Modellen m = new Modellen();
        Netwerk n = netwerk(m, 4, Mate.ONBEKEND, Mate.HOOG, Mate.LAAG);
        Netwerkregisseur r = Modellen.F.createNetwerkregisseur();
        r.setActor(m.a("org0"));
        r.getVertrouwdDoor().add(m.a("org1"));
        r.getVertrouwdDoor().add(m.a("org2"));
        n.setRegisseur(r);
        Bestuursvormadvies advies = advies(n);
        assertFalse(advies.invoer().get(1).bekend());
        assertEquals(List.of("de regisseur 'org0' wordt vertrouwd door 2 van de 4 leden (vertrouwdDoor): vertrouwen"
                + " in één actor, geen vertrouwensdichtheid tussen de leden; niet als invoer gebruikt"),
                advies.kanttekeningen());
    }

    @Test
    void theTableIsDataAndABadValueNamesItsKey() {
        Map<String, String> ruimer = new HashMap<>(NET13);
        ruimer.put("GEDEELD.organisaties", "3-");
        Netwerk n = netwerk(new Modellen(), 20, Mate.HOOG, Mate.HOOG, Mate.LAAG);
        assertTrue(Bestuursvormadviseur.adviseer(n, Modellen.PEILDATUM, tabel(ruimer)).passend()
                .contains(Netwerkvorm.GEDEELD));
        ruimer.put("NAO.doelconsensus", "veel");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> tabel(ruimer));
        assertEquals("Parameter NET-13.NAO.doelconsensus: 'veel' is geen waarde van Mate", e.getMessage());
        ruimer.put("NAO.organisaties", "zes");
        e = assertThrows(IllegalStateException.class, () -> tabel(ruimer));
        assertEquals("Parameter NET-13.NAO.organisaties: aantal organisaties 'zes' is geen bereik als 3-8 of 6-",
                e.getMessage());
    }
}
