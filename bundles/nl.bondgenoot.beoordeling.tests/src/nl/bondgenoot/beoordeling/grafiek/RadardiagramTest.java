package nl.bondgenoot.beoordeling.grafiek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.instrumenten.Instrumenten;

class RadardiagramTest {

    /** The 17 kenmerken of the seed's zelfanalyse in their 4 gebieden (S0:1373-1440). */
    private static List<Radaras> zelfanalyse() {
        Instrument z = Instrumenten.vereist(Instrumenten.ZELFANALYSE_BONDGENOOTSCHAP);
        return z.items().stream().map(k -> new Radaras(k.id(), k.tekst(), z.onderdeel(k.onderdeelId()).orElseThrow().naam())).toList();
    }

    private static List<Integer> scores(int n, int seed) {
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            s.add(1 + (i * 7 + seed * 3) % 5);
        }
        return s;
    }

    @Test
    void zeventienKenmerkenMetDriePartijenEnGezamenlijkOverlappenNiet() {
        List<Radaras> assen = zelfanalyse();
        assertEquals(17, assen.size());
        Radarinhoud inhoud = new Radarinhoud("Zelfanalyse bondgenootschap OK-team Kamperpoort", assen,
                List.of(new Radarreeks("Alle partijen samen", scores(17, 0), Radarreeks.Soort.GEZAMENLIJK),
                        new Radarreeks("Gemeente Zwolle", scores(17, 1), Radarreeks.Soort.PARTIJ),
                        new Radarreeks("Travers Welzijn", scores(17, 2), Radarreeks.Soort.PARTIJ),
                        new Radarreeks("Stichting De Kern", scores(17, 3), Radarreeks.Soort.PARTIJ)),
                5, "Schaal 1 (zwak) tot en met 5 (sterk): een toevoeging van Bondgenoot (INF), de seed noemt geen schaal (S0:1442).");
        Grafiek grafiek = Radardiagram.teken(inhoud);
        Document doc = GrafiekControle.controleer(grafiek);
        for (Radaras as : assen) {
            // the label and one point per series
            assertEquals(1 + 4, GrafiekControle.aantal(doc, "data-id", as.id()), as.id());
        }
        assertEquals(4, doc.getElementsByTagNameNS("*", "g").getLength() - 2, "one group per series, the legend and the plot");
        assertEquals(17, GrafiekControle.aantal(doc, "class", "gebied"));
        assertTrue(grafiek.svg().contains("Alle partijen samen") && grafiek.svg().contains("Gebieden"), "legend");
    }

    @Test
    void eenNietGescoordKenmerkKrijgtGeenPunt() {
        List<Radaras> assen = zelfanalyse();
        List<Integer> s = new ArrayList<>(scores(17, 0));
        s.set(3, 0);
        Grafiek grafiek = Radardiagram.teken(new Radarinhoud("Deels gescoord", assen,
                List.of(new Radarreeks("Alle partijen samen", s, Radarreeks.Soort.GEZAMENLIJK)), 5, ""));
        Document doc = GrafiekControle.controleer(grafiek);
        assertEquals(1, GrafiekControle.aantal(doc, "data-id", assen.get(3).id()), "only the label");
        assertEquals(2, GrafiekControle.aantal(doc, "data-id", assen.get(4).id()));
    }

    @Test
    void tweeDatumsOverElkaar() {
        List<Radaras> assen = zelfanalyse();
        Grafiek grafiek = Radardiagram.teken(new Radarinhoud("Zelfanalyse in de tijd", assen,
                List.of(new Radarreeks("2025-03-01", scores(17, 1), Radarreeks.Soort.EERDER),
                        new Radarreeks("2026-12-06", scores(17, 2), Radarreeks.Soort.GEZAMENLIJK)), 5, ""));
        GrafiekControle.controleer(grafiek);
        assertTrue(grafiek.svg().contains("stroke-dasharray=\"6 4\""), "the earlier date is dashed");
    }

    /** A contributed instrument: few spokes with long names, in groups of its own. */
    @Test
    void eenAnderInstrumentMetLangeNamen() {
        List<Radaras> assen = List.of(new Radaras("X.1", "samenwerking tussen wijkteam en huisartsen in de wijk", "Wijk"),
                new Radaras("X.2", "inzet van ervaringsdeskundigen bij de keukentafelgesprekken", "Wijk"),
                new Radaras("Y.1", "gedeelde registratie", "Informatie"),
                new Radaras("Y.2", "privacyafspraken die iedereen kent en naleeft", "Informatie"),
                new Radaras("Z.1", "budget", "Geld"));
        Grafiek grafiek = Radardiagram.teken(new Radarinhoud("Eigen instrument", assen,
                List.of(new Radarreeks("Samen", List.of(3, 4, 2, 5, 1), Radarreeks.Soort.GEZAMENLIJK)), 5, ""));
        GrafiekControle.controleer(grafiek);
    }

    @Test
    void vierentwintigKortePlusLangeNamenOverlappenNiet() {
        List<Radaras> assen = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            assen.add(new Radaras("K." + i, i % 3 == 0 ? "een tamelijk lange naam voor een kenmerk nummer " + i : "kort " + i,
                    "Groep " + i / 6));
        }
        Grafiek grafiek = Radardiagram.teken(new Radarinhoud("Veel spaken", assen,
                List.of(new Radarreeks("Samen", scores(24, 1), Radarreeks.Soort.GEZAMENLIJK)), 5, ""));
        GrafiekControle.controleer(grafiek);
    }

    @Test
    void eenReeksMetHetVerkeerdeAantalScoresWordtGeweigerd() {
        List<Radaras> assen = zelfanalyse();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Radarinhoud("x", assen,
                List.of(new Radarreeks("Samen", List.of(1, 2), Radarreeks.Soort.GEZAMENLIJK)), 5, ""));
        assertTrue(e.getMessage().contains("2 scores voor 17 kenmerken"), e.getMessage());
    }
}
