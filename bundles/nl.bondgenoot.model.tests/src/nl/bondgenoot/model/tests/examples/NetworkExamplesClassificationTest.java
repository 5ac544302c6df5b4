package nl.bondgenoot.model.tests.examples;

import static nl.bondgenoot.model.tests.examples.NetworkExamples.actor;
import static nl.bondgenoot.model.tests.examples.NetworkExamples.load;
import static nl.bondgenoot.model.tests.examples.NetworkExamples.netwerk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.AfspraakSoort;
import nl.bondgenoot.model.Beleidsfase;
import nl.bondgenoot.model.Convenant;
import nl.bondgenoot.model.Doorzettingsmacht;
import nl.bondgenoot.model.Gemeenterol;
import nl.bondgenoot.model.GemeenterolSoort;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.model.Governancetypering;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkvorm;
import nl.bondgenoot.model.Orgaan;
import nl.bondgenoot.model.OrgaanSoort;
import nl.bondgenoot.model.RegieRol;
import nl.bondgenoot.model.Rol;
import nl.bondgenoot.model.RolSoort;
import nl.bondgenoot.model.Sturingsmodel;
import nl.bondgenoot.model.Sturingsmodeltypering;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.model.Transitie;
import nl.bondgenoot.model.TransitieSoort;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.soorten.ActorSoortId;

/** Each example carries the classification and the key facts its seed lines state (SPEC section 4). */
class NetworkExamplesClassificationTest {

    @Test
    void okTeamKamperpoortIsAWijkteamOfSixCorePartnersWithRegieOnTheWatVraag() throws Exception {
        Governancemodel model = load("ok-team-kamperpoort.bondgenoot");
        Netwerk okTeam = netwerk(model, "OK-team Kamperpoort");
        List<String> kern = List.of("Gemeente Zwolle", "Travers", "De Kern", "Politie (wijkagent)", "DeltaWonen",
                "Openbaar Belang");
        assertEquals(kern, namen(okTeam.getLeden()));
        Orgaan wijkteam = single(okTeam.getOrganen());
        assertEquals(OrgaanSoort.WIJKTEAM, wijkteam.getSoort());
        assertEquals(kern, namen(wijkteam.getLeden()));
        assertTrue(model.getBeschrijving().contains("23 organisaties"), "23 betrokken organisaties (S4:1669-1670)");
        Rol regie = rollen(okTeam, actor(model, "Gemeente Zwolle"), RolSoort.REGISSEUR).get(0);
        assertEquals(Beleidsfase.VERKENNING, regie.getFase());
        assertTrue(okTeam.getGovernancetypen().isEmpty(), "de seed typeert het OK-team niet");
    }

    @Test
    void kantelenDoeJeSamenIsKetensturingWithAStuurgroepAndFourWerkgroepen() throws Exception {
        Governancemodel model = load("kantelen-doe-je-samen.bondgenoot");
        Netwerk kantelen = netwerk(model, "Kantelen doe je samen!");
        assertEquals(Governancetype.NETWERK_KETENSTURING, dominant(kantelen));
        assertEquals(List.of("Gemeente Zwolle", "Focus", "WIJZ", "MEE", "De Kern", "St. Vrijwilligerscentrale",
                "Travers Welzijn"), namen(kantelen.getLeden()));
        assertEquals(1, organen(kantelen, OrgaanSoort.STUURGROEP).size());
        assertEquals(List.of("Werkgroep keukentafelgesprekken", "Werkgroep digitale systeem", "Werkgroep civil society",
                "Werkgroep communicatie"), organen(kantelen, OrgaanSoort.WERKGROEP).stream().map(Orgaan::getNaam).toList());
    }

    @Test
    void buurtgelukIsVraagsturingByACoalitionOfTwelve() throws Exception {
        Governancemodel model = load("buurtgeluk.bondgenoot");
        Netwerk buurtgeluk = netwerk(model, "Buurtgeluk");
        assertEquals(Governancetype.VRAAGSTURING, dominant(buurtgeluk));
        List<Actor> partijen = buurtgeluk.getLeden().stream().filter(a -> a.getCategorie() != ActorCategorie.BURGER).toList();
        assertEquals(12, partijen.size(), "de twaalf partijen (S4:1786-1794)");
        assertTrue(namen(partijen).containsAll(List.of("Gemeente Kampen", "Gemeente Zwolle", "AMW De Kern", "IJsselheem")));
        assertTrue(buurtgeluk.getLeden().stream().anyMatch(a -> a.getCategorie() == ActorCategorie.BURGER),
                "de buurtbewoners hebben de regie");
        assertEquals(List.of(GemeenterolSoort.BEMIDDELAAR),
                buurtgeluk.getGemeenterollen().stream().map(Gemeenterol::getSoort).toList());
    }

    @Test
    void wijksteunpuntenIsFrontlijnsturingWithTheGemeenteAsKaderstellendOpdrachtgeverAndPartFinancier() throws Exception {
        Governancemodel model = load("wijksteunpunten-sittard-geleen.bondgenoot");
        Netwerk wsp = netwerk(model, "Wijksteunpunten");
        assertEquals(Governancetype.FRONTLIJNSTURING, dominant(wsp));
        Actor gemeente = actor(model, "Gemeente Sittard-Geleen");
        assertEquals(EnumSet.of(RolSoort.KADERSTELLEND_OPDRACHTGEVER, RolSoort.FINANCIER),
                wsp.getRollen().stream().filter(r -> r.getActor() == gemeente).map(Rol::getSoort)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(RolSoort.class))));
        assertTrue(wsp.getGemeenterollen().stream().anyMatch(r -> r.getSoort() == GemeenterolSoort.ONDERHANDELAAR));
        assertNotNull(wsp.getKadersGemeente());
    }

    @Test
    void cvaProtocolIsABilateralProtocolBetweenGemeenteAndOrbis() throws Exception {
        Governancemodel model = load("cva-protocol.bondgenoot");
        Convenant protocol = single(model.getConvenanten());
        assertEquals(AfspraakSoort.PROTOCOL, protocol.getSoort());
        assertEquals(List.of("Gemeente Sittard-Geleen", "ORBIS Medisch Centrum"), namen(protocol.getPartners()));
        assertTrue(model.getNetwerken().isEmpty(), "twee organisaties vormen geen netwerk (S2:2258-2260)");
    }

    @Test
    void netwerkWelzijnVersterktHasTheConvenantOf2003AndLevenInHetDorp2008To2012() throws Exception {
        Governancemodel model = load("netwerk-welzijn-versterkt.bondgenoot");
        Netwerk nwv = netwerk(model, "Netwerk Welzijn Versterkt");
        Convenant c2003 = model.getConvenanten().stream()
                .filter(c -> java.time.LocalDate.of(2003, 1, 1).equals(nl.bondgenoot.model.tijd.Periodes.van(c.getPeriode())))
                .findFirst().orElseThrow();
        assertEquals(null, nl.bondgenoot.model.tijd.Periodes.tot(c2003.getPeriode()), "the seed names no end (S3:2283-2286)");
        assertEquals(AfspraakSoort.CONVENANT, c2003.getSoort());
        assertSame(nwv, c2003.getNetwerk());
        assertTrue(c2003.getPartners().containsAll(List.of(actor(model, "Gemeente Helden"), actor(model, "Zorgkantoor"),
                actor(model, "Vertegenwoordiging van inwoners"))));
        assertTrue(c2003.getBeschrijving().contains("33 partners") && c2003.getBeschrijving().contains("ruim 30"),
                "beide tellingen uit de seed blijven bewaard");
        assertTrue(c2003.getBeschrijving().contains("30 partners zijn niet bij naam genoemd"));
        Convenant levenInHetDorp = model.getConvenanten().stream()
                .filter(c -> java.time.LocalDate.of(2008, 1, 1).equals(nl.bondgenoot.model.tijd.Periodes.van(c.getPeriode())))
                .findFirst().orElseThrow();
        assertEquals(java.time.LocalDate.of(2012, 12, 31), nl.bondgenoot.model.tijd.Periodes.tot(levenInHetDorp.getPeriode()),
                "WWZ 2008-2012 (S3:2735-2737)");
        assertEquals("periodiek", levenInHetDorp.getHerijkingsperiode());
        assertTrue(levenInHetDorp.isMeerjarenplan());

        assertEquals(Governancetype.NETWERK_KETENSTURING, dominant(nwv));
        assertEquals(Sturingsmodel.GOVERNANCE, dominantModel(nwv));
        assertEquals(Sturingsmodel.NPM, modelPerFase(nwv).get(Beleidsfase.UITVOERING_VERANTWOORDING));
        assertEquals(RegieRol.COPRODUCENT, nwv.getRegie().getRegierol());
        assertEquals(1, organen(nwv, OrgaanSoort.OVERLEGTAFEL).stream().filter(o -> o.getNaam().equals("Regionale Overlegtafel")).count());
        assertEquals(6, organen(nwv, OrgaanSoort.ONTWIKKELWERKPLAATS).size());
        Actor gemeente = actor(model, "Gemeente Peel en Maas");
        List<Sturingsrelatie> vanGemeente = model.getSturingsrelaties().stream().filter(s -> s.getVan() == gemeente).toList();
        assertTrue(vanGemeente.stream().allMatch(s -> s.getDoorzettingsmachtGebruik() == Doorzettingsmacht.NIET),
                "de gemeente gebruikt haar doorzettingsmacht niet (S3:2638-2639, 2764)");
        assertTrue(actor(model, "Zorgkantoor").getBeschrijving().contains("zorgverzekeraar"), "tegenstrijdigheid bewaard");
    }

    @Test
    void sleutelteamBerfloEsIsNetwerkKetensturingInAProgrammeWithAStuurgroepAndTwoProgrammaManagers() throws Exception {
        Governancemodel model = load("sleutelteam-berflo-es.bondgenoot");
        Netwerk programma = netwerk(model, "Programma woonservicegebied");
        assertTrue(programma.getNaam().contains("tien projecten"));
        assertEquals(1, organen(programma, OrgaanSoort.STUURGROEP).size());
        assertEquals(2, programma.getRollen().stream().filter(r -> r.getSoort() == RolSoort.PROGRAMMAMANAGER).count());

        Netwerk sleutelteam = netwerk(model, "Sleutelteam Berflo Es");
        assertEquals(Governancetype.NETWERK_KETENSTURING, dominant(sleutelteam));
        assertEquals(Sturingsmodel.GOVERNANCE, dominantModel(sleutelteam));
        assertTrue(sleutelteam.getSturingsmodellen().stream().noneMatch(s -> s.getModel() == Sturingsmodel.NPM),
                "geen verschuiving naar NPM (S3:1990-1991)");
        assertEquals(RegieRol.COPRODUCENT, sleutelteam.getRegie().getRegierol());
        assertEquals(1, organen(sleutelteam, OrgaanSoort.WIJKTEAM).size());
        Sturingsrelatie welbions = relatie(model, "Gemeente Hengelo", "Welbions");
        assertEquals(Doorzettingsmacht.NIET, welbions.getDoorzettingsmachtHeeft());
    }

    @Test
    void activerendHuisbezoekIsCoproducentWithoutDoorzettingsmachtTowardsLentisNovoAndMee() throws Exception {
        Governancemodel model = load("activerend-huisbezoek.bondgenoot");
        Netwerk ah = netwerk(model, "Activerend huisbezoek");
        assertEquals(RegieRol.COPRODUCENT, ah.getRegie().getRegierol());
        assertEquals(Sturingsmodel.GOVERNANCE, dominantModel(ah));
        assertEquals(Governancetype.NETWERK_KETENSTURING, dominant(ah));
        for (String instelling : List.of("Lentis", "NOVO", "MEE Groningen")) {
            Sturingsrelatie relatie = relatie(model, "Gemeente Groningen", instelling);
            assertEquals(Doorzettingsmacht.NIET, relatie.getDoorzettingsmachtHeeft(), instelling);
            assertEquals(SturingsrelatieSoort.OVERTUIGEN_VERLEIDEN, relatie.getSoort(), instelling);
            assertTrue(ah.getLeden().contains(relatie.getNaar()), instelling + " doet mee in het project");
        }
        Sturingsrelatie mjd = relatie(model, "Gemeente Groningen", "MJD (Maatschappelijke en Juridische Dienstverlening Groningen)");
        assertEquals(Doorzettingsmacht.WEL, mjd.getDoorzettingsmachtHeeft());
        assertEquals(Doorzettingsmacht.NAUWELIJKS, mjd.getDoorzettingsmachtGebruik());
        assertTrue(((Actor) mjd.getNaar()).isGefinancierdDoorGemeente());
    }

    @Test
    void sociaalMakelaarschapMovesFromGovernanceToNpmAndBackOverThePhases() throws Exception {
        Governancemodel model = load("sociaal-makelaarschap.bondgenoot");
        Netwerk sm = netwerk(model, "Sociaal Makelaarschap");
        Map<Beleidsfase, Sturingsmodel> perFase = modelPerFase(sm);
        assertEquals(List.of(Beleidsfase.VERKENNING, Beleidsfase.UITVOERING_VERANTWOORDING, Beleidsfase.EVALUATIE),
                List.copyOf(perFase.keySet()));
        assertEquals(List.of(Sturingsmodel.GOVERNANCE, Sturingsmodel.NPM, Sturingsmodel.GOVERNANCE),
                List.copyOf(perFase.values()));
        assertTrue(sm.getSturingsmodellen().stream().noneMatch(Sturingsmodeltypering::isDominant),
                "'Beide sturingsopvattingen zijn terug te vinden' (S3:2191)");
        Actor gemeente = actor(model, "Gemeente Utrecht");
        assertEquals(Beleidsfase.UITVOERING_VERANTWOORDING, rollen(sm, gemeente, RolSoort.OPDRACHTGEVER).get(0).getFase());
        assertEquals(Set.of(Beleidsfase.VERKENNING, Beleidsfase.EVALUATIE), rollen(sm, gemeente, RolSoort.REGISSEUR).stream()
                .map(Rol::getFase).collect(Collectors.toSet()));
        assertEquals(List.of("Beleidsmedewerkers gemeente Utrecht", "Portes",
                "Brede welzijnsorganisatie Utrecht (tweede, naam niet genoemd)",
                "Brede welzijnsorganisatie Utrecht (derde, naam niet genoemd)"),
                namen(organen(sm, OrgaanSoort.PROJECTGROEP).get(0).getLeden()));
    }

    @Test
    void vanDalenHasFourTransitionsInOneHouseholdAndAGemeenteThatIsBothNaoRegisseurAndLoket() throws Exception {
        Governancemodel model = load("familie-van-dalen.bondgenoot");
        assertEquals(EnumSet.allOf(TransitieSoort.class), model.getTransities().stream().map(Transitie::getSoort)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TransitieSoort.class))));
        Actor gezin = actor(model, "Gezin Van Dalen");
        assertEquals(List.of("Saskia van Dalen", "Jeffrey van Dalen", "Amanda van Dalen"),
                namen(model.getActoren().stream().filter(a -> a.getOnderdeelVan() == gezin).toList()));

        Netwerk netwerk = single(model.getNetwerken());
        Actor gemeente = actor(model, "Gemeente Oss");
        assertEquals(ActorSoortId.valueOf("gemeente"), gemeente.getSoort());
        assertEquals(Netwerkvorm.NAO, netwerk.getVorm());
        assertSame(gemeente, netwerk.getRegisseur().getActor());
        assertTrue(netwerk.getLeden().contains(gemeente));
        Rol loket = rollen(netwerk, gemeente, RolSoort.LOKET).get(0);
        assertTrue(loket.isInPrimairProces(), "de situatie waarvoor NET-4 moet melden (SPEC 4.11)");
    }

    @Test
    void doorzettingsmachtIsOnlyClaimedTowardsOrganisationsTheGemeenteFinances() throws Exception {
        for (Path file : NetworkExamples.all()) {
            Governancemodel model = ModelFiles.load(file);
            for (Sturingsrelatie relatie : model.getSturingsrelaties()) {
                if (relatie.getDoorzettingsmachtHeeft() == Doorzettingsmacht.WEL && relatie.getNaar() instanceof Actor naar) {
                    assertTrue(naar.isGefinancierdDoorGemeente(), file.getFileName() + ": " + relatie.getNaam()
                            + " - doorzettingsmacht alleen naar gefinancierde instellingen (S3:2879-2884)");
                }
            }
        }
    }

    @Test
    void atMostOneGovernancetypeAndOneSturingsmodelIsDominantPerNetwork() throws Exception {
        for (Path file : NetworkExamples.all()) {
            for (Netwerk netwerk : ModelFiles.load(file).getNetwerken()) {
                assertTrue(netwerk.getGovernancetypen().stream().filter(Governancetypering::isDominant).count() <= 1,
                        file.getFileName() + ": " + netwerk.getNaam());
                assertTrue(netwerk.getSturingsmodellen().stream().filter(Sturingsmodeltypering::isDominant).count() <= 1,
                        file.getFileName() + ": " + netwerk.getNaam());
            }
        }
    }

    private static Governancetype dominant(Netwerk netwerk) {
        return single(netwerk.getGovernancetypen().stream().filter(Governancetypering::isDominant).toList()).getType();
    }

    private static Sturingsmodel dominantModel(Netwerk netwerk) {
        return single(netwerk.getSturingsmodellen().stream().filter(Sturingsmodeltypering::isDominant).toList()).getModel();
    }

    /** The sturingsmodel per phase, phases in the order of the beleidscyclus. */
    private static Map<Beleidsfase, Sturingsmodel> modelPerFase(Netwerk netwerk) {
        Map<Beleidsfase, Sturingsmodel> result = new TreeMap<>();
        for (Sturingsmodeltypering typering : netwerk.getSturingsmodellen()) {
            if (typering.getFase() != Beleidsfase.ONBEKEND) {
                assertFalse(result.containsKey(typering.getFase()), "twee sturingsmodellen voor " + typering.getFase());
                result.put(typering.getFase(), typering.getModel());
            }
        }
        return result;
    }

    private static List<Rol> rollen(Netwerk netwerk, Actor actor, RolSoort soort) {
        List<Rol> result = netwerk.getRollen().stream().filter(r -> r.getActor() == actor && r.getSoort() == soort).toList();
        assertFalse(result.isEmpty(), actor.getNaam() + " heeft geen rol " + soort + " in " + netwerk.getNaam());
        return result;
    }

    private static List<Orgaan> organen(Netwerk netwerk, OrgaanSoort soort) {
        return netwerk.getOrganen().stream().filter(o -> o.getSoort() == soort).toList();
    }

    private static Sturingsrelatie relatie(Governancemodel model, String van, String naar) {
        Actor bron = actor(model, van);
        Actor doel = actor(model, naar);
        return single(model.getSturingsrelaties().stream().filter(s -> s.getVan() == bron && s.getNaar() == doel).toList());
    }

    private static List<String> namen(List<? extends Actor> actoren) {
        return actoren.stream().map(Actor::getNaam).toList();
    }

    private static <T> T single(List<T> list) {
        assertEquals(1, list.size(), "verwacht precies één, gevonden: " + list);
        return list.get(0);
    }
}
