package nl.bondgenoot.agenda.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.agenda.AgendaFiles;
import nl.bondgenoot.model.Beleidsfase;
import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.Gebiedsniveau;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.MaatschappelijkeAgenda;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Participatie;
import nl.bondgenoot.model.Terugmelding;
import nl.bondgenoot.model.Uitvoeringsagenda;
import nl.bondgenoot.model.persistence.ModelLoadException;

/**
 * Linked agendas: a project has several maatschappelijke agenda's and veranderagenda's (gemeente and
 * wijk level), each names the netwerken of the project's model files that carry it; participation per
 * burgergroep and fase on an agenda and an opgave; a uitvoeringsagenda's terugmeldingen (what, to whom,
 * when).
 */
class LinkedAgendasTest {

    @TempDir
    Path project;

    private Path write(String name, String text) throws Exception {
        if (!Files.exists(project.resolve("kamperpoort.bondgenoot"))) {
            Files.copy(Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "skelet",
                    "kamperpoort-kern.bondgenoot"), project.resolve("kamperpoort.bondgenoot"));
        }
        return Files.writeString(project.resolve(name), text);
    }

    @Test
    void aGemeenteAndAWijkAgendaOfOneProjectEachNameTheNetworkThatCarriesThem() throws Exception {
        write("gemeente.agenda", """
                maatschappelijke agenda "Zelfredzaam Zwolle"
                  niveau gemeente
                  effect Zelfredzaamheid "Meer inwoners redden zich zelf"
                veranderagenda "Zwolle verandert"
                  niveau gemeente
                """);
        Path wijk = write("kamperpoort.agenda", """
                maatschappelijke agenda "Kamperpoort"
                  niveau wijk
                  gedragen door "OK-team Kamperpoort"
                  participatie adviseren
                    burgergroep "Wmo-raad Zwolle"
                    fase verkenning
                veranderagenda "Kamperpoort verandert"
                  niveau wijk
                  gedragen door "OK-team Kamperpoort"
                  opgave Gezinnen
                    volgt uit Zelfredzaamheid
                    participatie meebeslissen
                      burgergroep "gezinnen in de wijk"
                      fase uitvoering-verantwoording
                      rolgrens "beslissen over hun eigen plan"
                """);
        Governancemodel model = AgendaFiles.load(wijk);
        MaatschappelijkeAgenda agenda = model.getMaatschappelijkeAgenda();
        assertEquals(Gebiedsniveau.WIJK, agenda.getNiveau());
        Netwerk okTeam = agenda.getGedragenDoor().get(0);
        assertFalse(okTeam.eIsProxy());
        assertEquals("kamperpoort.bondgenoot", okTeam.eResource().getURI().lastSegment());
        assertSame(okTeam, model.getVeranderagenda().getGedragenDoor().get(0));
        assertEquals(Gebiedsniveau.WIJK, model.getVeranderagenda().getNiveau());
        Participatie wmoRaad = agenda.getParticipatie().get(0);
        assertEquals(Burgerparticipatie.ADVISEREN, wmoRaad.getNiveau());
        assertEquals("Wmo-raad Zwolle", wmoRaad.getBurgergroep());
        assertEquals(Beleidsfase.VERKENNING, wmoRaad.getFase());
        Participatie gezinnen = model.getVeranderagenda().getOpgaven().get(0).getParticipatie().get(0);
        assertEquals(Burgerparticipatie.MEEBESLISSEN, gezinnen.getNiveau());
        assertEquals("beslissen over hun eigen plan", gezinnen.getRolgrens());
        // the wijk's opgave follows from an effect of the gemeente's agenda, in the other file
        assertEquals("gemeente.agenda", model.getVeranderagenda().getOpgaven().get(0).getVolgtUit().get(0).eResource()
                .getURI().lastSegment());
    }

    @Test
    void aTerugmeldingSaysWhatToWhomAndWhen() throws Exception {
        Governancemodel model = AgendaFiles.load(write("uitvoering.agenda", """
                uitvoeringsagenda Huisbezoeken
                  terugkoppeling naar maatschappelijke-agenda
                  terugmelding "de ervaringen van het OK-team"
                    aan "Gemeente Zwolle", "Wmo-raad Zwolle"
                    wanneer "elk half jaar"
                  participatie coproductie
                    burgergroep "Inwoners Kamperpoort"
                """));
        Uitvoeringsagenda u = model.getUitvoeringsagendas().get(0);
        Terugmelding t = u.getTerugmeldingen().get(0);
        assertEquals("de ervaringen van het OK-team", t.getWat());
        assertEquals(2, t.getAan().size());
        assertFalse(t.getAan().get(1).eIsProxy());
        assertEquals("elk half jaar", t.getWanneer());
        assertEquals(Burgerparticipatie.COPRODUCTIE, u.getParticipatie().get(0).getNiveau());
    }

    @Test
    void aNetworkTheProjectDoesNotHaveIsAnUnknownNameWithItsLine() throws Exception {
        Path agenda = write("wijk.agenda", """
                maatschappelijke agenda "Kamperpoort"
                  gedragen door "OK-team Diezerpoort"
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> AgendaFiles.load(agenda));
        assertTrue(e.getMessage().contains("onbekend netwerk 'OK-team Diezerpoort'"), e.getMessage());
        assertEquals(2, e.getLine());
    }
}
