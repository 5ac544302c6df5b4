package nl.bondgenoot.beoordeling.grafiek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import nl.bondgenoot.model.Oordeel;
import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.instrumenten.Instrumenten;
import nl.bondgenoot.model.labels.Labels;

class IndicatoroverzichtTest {

    @Test
    void twaalfIndicatorenPerSectieGekleurdEnGevlagd() {
        Instrument checklist = Instrumenten.vereist(Instrumenten.CHECKLIST_WMO_PRAKTIJKEN);
        List<Indicatorregel> regels = new ArrayList<>();
        Oordeel[] oordelen = Oordeel.values();
        int i = 0;
        for (Instrument.Indicator indicator : checklist.indicatoren()) {
            Oordeel oordeel = oordelen[i++ % oordelen.length];
            String sectie = checklist.onderdeel(indicator.onderdeelId()).orElseThrow().naam();
            regels.add(new Indicatorregel(indicator.id(), indicator.tekst(), sectie, oordeel,
                    Instrument.extraAandacht(oordeel), 1, checklist.itemsBij(indicator.id()).size()));
        }
        Grafiek grafiek = Indicatoroverzicht.teken("Checklist Wmo-praktijken: indicatoren", regels);
        Document doc = GrafiekControle.controleer(grafiek);
        assertEquals(12, doc.getElementsByTagNameNS("*", "g").getLength());
        for (Indicatorregel r : regels) {
            assertEquals(1, GrafiekControle.aantal(doc, "data-id", r.id()));
        }
        long vlaggen = regels.stream().filter(Indicatorregel::extraAandacht).count();
        assertEquals(6, vlaggen, "DEELS and ONVOLDOENDE, three of each");
        assertEquals(vlaggen, GrafiekControle.aantal(doc, "class", "indicator extra-aandacht"));
        assertEquals(vlaggen, GrafiekControle.aantal(doc, "class", "vlag"));
        assertEquals(4, GrafiekControle.aantal(doc, "class", "sectie"));
        for (Oordeel o : Oordeel.values()) {
            assertTrue(grafiek.svg().contains(">" + Labels.of(o) + "<"), "the word " + Labels.of(o));
        }
    }

    /** A long title (instrument, practice, date) wraps within the chart instead of running off it. */
    @Test
    void eenLangeTitelBlijftBinnenDeGrafiek() {
        Grafiek grafiek = Indicatoroverzicht.teken("Checklist Wmo-praktijken, Wijkteam Holtenbroek en Aalanden met de huisartsen"
                + " en de woningcorporaties van Zwolle-Noord, 6 december 2026: indicatoren",
                List.of(new Indicatorregel("A.I1", "De aanpak is uitgewerkt.", "Beleidsontwerp", Oordeel.DEELS, true, 0, 6)));
        GrafiekControle.controleer(grafiek);
        assertEquals(2, grafiek.teksten().stream().filter(k -> k.wat().equals("titel")).count());
    }
}
