package nl.bondgenoot.beoordeling.grafiek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.beoordeling.Beoordelingsrapport;
import nl.bondgenoot.beoordeling.Vergelijking;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.persistence.BeoordelingFiles;

/** The charts of the example assessments: drawn, no text over another (the guide shows them). */
class VoorbeeldGrafiekenTest {

    private static Beoordeling voorbeeld(String naam) throws Exception {
        return BeoordelingFiles.load(Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "netwerken", naam));
    }

    @Test
    void zelfanalyseVanNetwerkWelzijnVersterkt() throws Exception {
        Beoordelingsrapport rapport = Beoordelingsrapport.van(voorbeeld("netwerk-welzijn-versterkt-zelfanalyse-2013.beoordeling"));
        Grafiek radar = rapport.radar().orElseThrow();
        GrafiekControle.controleer(radar);
        assertTrue(rapport.scores().size() >= 2, "jointly and at least one party");
    }

    @Test
    void zelfanalyseInDeTijd() throws Exception {
        Vergelijking v = Vergelijking.van(voorbeeld("netwerk-welzijn-versterkt-zelfanalyse-2013.beoordeling"),
                voorbeeld("netwerk-welzijn-versterkt-zelfanalyse-2012.beoordeling"));
        assertEquals(2012, v.eerder().beoordeling().getDatum().getYear());
        GrafiekControle.controleer(v.radar(null).orElseThrow());
    }

    @Test
    void indicatorenVanDeChecklistVanHetOkTeam() throws Exception {
        Beoordelingsrapport rapport = Beoordelingsrapport.van(voorbeeld("ok-team-kamperpoort-checklist.beoordeling"));
        Grafiek overzicht = rapport.indicatoroverzicht().orElseThrow();
        GrafiekControle.controleer(overzicht);
        assertTrue(overzicht.svg().contains("class=\"indicator extra-aandacht\""), "the example judges an indicator below voldoende");
    }
}
