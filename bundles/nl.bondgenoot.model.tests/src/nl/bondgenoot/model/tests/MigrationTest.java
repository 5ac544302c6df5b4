package nl.bondgenoot.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.persistence.FormatVersions;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;

/**
 * Files of model version 1.0 (every example model as it was before metamodel 2, kept in
 * data/versie-1.0) open in the current version, stay untouched on disk until the user saves, and
 * are then written in the current version with the same content.
 */
class MigrationTest {

    static final Path VERSION_1_0 = Examples.root().resolve("bundles/nl.bondgenoot.model.tests/data/versie-1.0");

    @TempDir
    Path tmp;

    static List<Path> modelsOfVersion10() throws Exception {
        try (Stream<Path> files = Files.walk(VERSION_1_0)) {
            List<Path> models = files.filter(ModelFiles::isModelFile).sorted().toList();
            assertEquals(13, models.size(), "every example model of version 1.0: " + models);
            return models;
        }
    }

    @ParameterizedTest
    @MethodSource("modelsOfVersion10")
    void aFileOfVersion10IsMigratedOnLoadAndWrittenIn20OnlyWhenSaved(Path old) throws Exception {
        Path file = Files.copy(old, tmp.resolve(old.getFileName()));
        byte[] before = Files.readAllBytes(file);
        assertTrue(new String(before, java.nio.charset.StandardCharsets.UTF_8).contains(FormatVersions.NAMESPACE_1_0));

        Governancemodel migrated = ModelFiles.load(file);
        assertEquals("1.0", FormatVersions.migratedFrom(migrated.eResource()));
        assertFalse(migrated.getActoren().isEmpty(), "the model's content was read");
        assertArrayEquals(before, Files.readAllBytes(file), "loading never rewrites the file");

        ModelFiles.saveCopy(migrated.eResource(), tmp.resolve("kopie.bondgenoot"), List.of());
        assertEquals("1.0", FormatVersions.migratedFrom(migrated.eResource()), "a copy elsewhere leaves the file as it was");
        assertArrayEquals(before, Files.readAllBytes(file));

        ModelFiles.save(migrated.eResource());
        assertNull(FormatVersions.migratedFrom(migrated.eResource()), "once saved, the file is of the current version");
        String saved = Files.readString(file);
        assertTrue(saved.contains("\"" + BondgenootPackage.eNS_URI + "\""), saved.substring(0, 300));
        assertFalse(saved.contains(FormatVersions.NAMESPACE_1_0));

        Governancemodel reloaded = ModelFiles.load(file);
        assertNull(FormatVersions.migratedFrom(reloaded.eResource()), "a saved file is of the current version");
        assertTrue(EcoreUtil.equals(migrated, reloaded), "the saved file holds what was read from version 1.0");
        assertTrue(EcoreUtil.equals(ModelFiles.load(old), reloaded), "and what a fresh load of the old file gives");
    }

    /** An actor of 1.0 that stored its financing itself: "financiers" and the flag "gefinancierd door gemeente". */
    private static final String FINANCIERING_10 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bondgenoot:Governancemodel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:bondgenoot="%s"
                id="m" naam="Sociaal Makelaarschap">
              <actoren id="g" naam="Gemeente Utrecht" categorie="OVERHEID" soort="gemeente"/>
              <actoren id="z" naam="Zorgkantoor" categorie="OVERHEID" soort="zorgkantoor"/>
              <actoren id="w" naam="Welzijn Utrecht" categorie="MAATSCHAPPELIJKE_ORGANISATIE" gefinancierdDoorGemeente="true" financiers="z"/>
              <actoren id="v" naam="Vitras" categorie="MAATSCHAPPELIJKE_ORGANISATIE" gefinancierdDoorGemeente="true" financiers="g"/>
              <actoren id="a" naam="AWBZ-aanbieder" categorie="MAATSCHAPPELIJKE_ORGANISATIE" financiers="z"/>
            </bondgenoot:Governancemodel>
            """;

    @Test
    void financingStoredOnAnActorIn10BecomesFinancieringsstromen() throws Exception {
        Path old = Files.writeString(tmp.resolve("oud.bondgenoot"), FINANCIERING_10.formatted(FormatVersions.NAMESPACE_1_0));
        Governancemodel model = ModelFiles.load(old);
        assertEquals(List.of("Zorgkantoor \u2192 Welzijn Utrecht", "Gemeente Utrecht \u2192 Vitras",
                "Zorgkantoor \u2192 AWBZ-aanbieder", "Gemeente Utrecht \u2192 Welzijn Utrecht"), stromen(model),
                "each financier a flow; the flag a flow from the gemeente where no gemeente was among the financiers");
        var stroom = model.getFinancieringsstromen().get(0);
        assertEquals(nl.bondgenoot.model.Financieringsinstrument.ONBEKEND, stroom.getInstrument(), "the file said no more");
        assertEquals(nl.bondgenoot.model.Financieringskader.ONBEKEND, stroom.getKader());
        var welzijn = model.getActoren().get(2);
        assertEquals(List.of("Zorgkantoor", "Gemeente Utrecht"), welzijn.getFinanciers().stream().map(a -> a.getNaam()).toList(),
                "the financiers are derived from the flows");
        assertTrue(welzijn.isGefinancierdDoorGemeente());
        assertFalse(model.getActoren().get(4).isGefinancierdDoorGemeente(), "financed by the zorgkantoor only");

        ModelFiles.save(model.eResource());
        String saved = Files.readString(old);
        assertFalse(saved.contains("financiers=") || saved.contains("gefinancierdDoorGemeente="),
                "derived features are not written: " + saved);
        Governancemodel reloaded = ModelFiles.load(old);
        assertEquals(stromen(model), stromen(reloaded));
        assertTrue(EcoreUtil.equals(model, reloaded));
        assertTrue(EcoreUtil.equals(ModelFiles.load(Files.writeString(tmp.resolve("nog eens.bondgenoot"),
                FINANCIERING_10.formatted(FormatVersions.NAMESPACE_1_0))), reloaded), "the same file gives the same flows, ids included");
    }

    @Test
    void theFlagWithoutAGemeenteInTheModelKeepsItsMeaningThroughANamedGemeente() throws Exception {
        String text = FINANCIERING_10.formatted(FormatVersions.NAMESPACE_1_0)
                .replace("<actoren id=\"g\" naam=\"Gemeente Utrecht\" categorie=\"OVERHEID\" soort=\"gemeente\"/>", "")
                .replace(" financiers=\"g\"", "");
        Governancemodel model = ModelFiles.load(Files.writeString(tmp.resolve("zonder gemeente.bondgenoot"), text));
        var gemeente = model.getActoren().get(model.getActoren().size() - 1);
        assertEquals("Gemeente", gemeente.getNaam());
        assertEquals(nl.bondgenoot.model.soorten.ActorSoortId.valueOf("gemeente"), gemeente.getSoort());
        assertTrue(gemeente.getBeschrijving().contains("modelversie 1.0"), gemeente.getBeschrijving());
        assertTrue(model.getActoren().stream().filter(a -> a.getNaam().equals("Vitras")).findFirst().orElseThrow()
                .isGefinancierdDoorGemeente(), "nothing the file said is lost");
    }

    @Test
    void aFinancierTheFileDoesNotHoldOrAFlagThatIsNoYesNoIsAnErrorWithItsLineNotLostSilently() throws Exception {
        String text = FINANCIERING_10.formatted(FormatVersions.NAMESPACE_1_0);
        Path dangling = Files.writeString(tmp.resolve("kwijt.bondgenoot"), text.replace("financiers=\"z\"/>\n  <actoren id=\"v\"",
                "financiers=\"bestaat-niet\"/>\n  <actoren id=\"v\""));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(dangling));
        assertTrue(e.getMessage().contains("verwijzing naar de id 'bestaat-niet', die in het model niet voorkomt"), e.getMessage());
        assertEquals(6, e.getLine(), "the actor's line");
        Path ja = Files.writeString(tmp.resolve("ja.bondgenoot"), text.replace("gefinancierdDoorGemeente=\"true\" financiers=\"g\"",
                "gefinancierdDoorGemeente=\"ja\" financiers=\"g\""));
        ModelLoadException bad = assertThrows(ModelLoadException.class, () -> ModelFiles.load(ja));
        assertTrue(bad.getMessage().contains("ongeldige waarde 'ja' voor gefinancierdDoorGemeente"), bad.getMessage());
    }

    private static List<String> stromen(Governancemodel model) {
        return model.getFinancieringsstromen().stream()
                .map(s -> s.getFinancier().getNaam() + " \u2192 " + s.getOntvanger().getNaam()).toList();
    }

    @Test
    void aSoortLeftOutWasTheFirstValueIn10AndStaysSoButIsUnknownIn20() throws Exception {
        // A kapitaalgoed, effect, indicator, orgaan, rol, sturingsrelatie, governancetypering and actor whose soort, type or categorie was never chosen, as 2.0 writes them: no soort attribute.
        var f = nl.bondgenoot.model.BondgenootFactory.eINSTANCE;
        Governancemodel model = f.createGovernancemodel();
        model.setId("m");
        model.setVeranderagenda(f.createVeranderagenda());
        var opgave = f.createOpgave();
        opgave.setId("o");
        model.getVeranderagenda().getOpgaven().add(opgave);
        var kapitaalgoed = f.createKapitaalgoed();
        opgave.getKapitaalgoederen().add(kapitaalgoed);
        model.setMaatschappelijkeAgenda(f.createMaatschappelijkeAgenda());
        var effect = f.createEffect();
        model.getMaatschappelijkeAgenda().getEffecten().add(effect);
        effect.getIndicatoren().add(f.createIndicator());
        var netwerk = f.createNetwerk();
        model.getNetwerken().add(netwerk);
        netwerk.getOrganen().add(f.createOrgaan());
        var actor = f.createActor();
        actor.setId("a");
        model.getActoren().add(actor);
        var rol = f.createRol();
        rol.setActor(actor);
        netwerk.getRollen().add(rol);
        netwerk.getGovernancetypen().add(f.createGovernancetypering());
        var relatie = f.createSturingsrelatie();
        model.getSturingsrelaties().add(relatie);
        Path current = tmp.resolve("nieuw.bondgenoot");
        var resource = ModelFiles.newResourceSet().createResource(org.eclipse.emf.common.util.URI.createFileURI(current.toString()));
        resource.getContents().add(model);
        ModelFiles.save(resource);
        String text = Files.readString(current);
        assertFalse(text.contains("soort="), text);
        assertFalse(text.contains("categorie=") || text.contains("type="), text);
        Governancemodel read = ModelFiles.load(current);
        assertEquals(nl.bondgenoot.model.KapitaalgoedSoort.ONBEKEND, kapitaalgoed(read).getSoort(),
                "in 2.0 no soort is an unknown soort");
        assertEquals(nl.bondgenoot.model.Doelsoort.ONBEKEND, effect(read).getSoort());
        assertEquals(nl.bondgenoot.model.IndicatorSoort.ONBEKEND, effect(read).getIndicatoren().get(0).getSoort());
        assertEquals(nl.bondgenoot.model.OrgaanSoort.ONBEKEND, read.getNetwerken().get(0).getOrganen().get(0).getSoort());
        assertEquals(nl.bondgenoot.model.ActorCategorie.ONBEKEND, read.getActoren().get(0).getCategorie(),
                "no longer read as an overheid");
        assertEquals(nl.bondgenoot.model.RolSoort.ONBEKEND, read.getNetwerken().get(0).getRollen().get(0).getSoort());
        assertEquals(nl.bondgenoot.model.Governancetype.ONBEKEND, read.getNetwerken().get(0).getGovernancetypen().get(0).getType());
        assertEquals(nl.bondgenoot.model.SturingsrelatieSoort.ONBEKEND, read.getSturingsrelaties().get(0).getSoort());

        // The same text in 1.0 meant geld, outcome, stuurgroep, anders, hierarchisch, integrale beleidssturing and overheid (the first literals then): migrated, it says so explicitly.
        Path old = Files.writeString(tmp.resolve("oud.bondgenoot"), text.replace(BondgenootPackage.eNS_URI, FormatVersions.NAMESPACE_1_0));
        Governancemodel migrated = ModelFiles.load(old);
        assertEquals(nl.bondgenoot.model.KapitaalgoedSoort.GELD, kapitaalgoed(migrated).getSoort());
        assertEquals(nl.bondgenoot.model.Doelsoort.OUTCOME, effect(migrated).getSoort(), "an effect was an outcome in 1.0");
        assertEquals(nl.bondgenoot.model.IndicatorSoort.OUTCOME, effect(migrated).getIndicatoren().get(0).getSoort());
        assertEquals(nl.bondgenoot.model.OrgaanSoort.STUURGROEP, migrated.getNetwerken().get(0).getOrganen().get(0).getSoort(),
                "an orgaan was a stuurgroep in 1.0");
        assertEquals(nl.bondgenoot.model.ActorCategorie.OVERHEID, migrated.getActoren().get(0).getCategorie(),
                "an actor was an overheid in 1.0");
        assertEquals(nl.bondgenoot.model.RolSoort.ANDERS, migrated.getNetwerken().get(0).getRollen().get(0).getSoort());
        assertEquals(nl.bondgenoot.model.Governancetype.INTEGRALE_BELEIDSSTURING,
                migrated.getNetwerken().get(0).getGovernancetypen().get(0).getType());
        assertEquals(nl.bondgenoot.model.SturingsrelatieSoort.HIERARCHISCH, migrated.getSturingsrelaties().get(0).getSoort());
        ModelFiles.save(migrated.eResource());
        assertEquals(6, Files.readString(old).split("soort=\"(GELD|OUTCOME|STUURGROEP|ANDERS|HIERARCHISCH)\"", -1).length - 1,
                Files.readString(old));
        assertTrue(Files.readString(old).contains("categorie=\"OVERHEID\""), Files.readString(old));
        assertTrue(Files.readString(old).contains("type=\"INTEGRALE_BELEIDSSTURING\""), Files.readString(old));
        assertTrue(Files.readString(old).contains("soort=\"GELD\""), Files.readString(old));
        assertEquals(nl.bondgenoot.model.KapitaalgoedSoort.GELD, kapitaalgoed(ModelFiles.load(old)).getSoort());
    }

    @Test
    void aLooptijdWrittenAsAYearOrDateIn10BecomesADatedPeriodeAndOtherWordsStay() throws Exception {
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bondgenoot:Governancemodel xmi:version=\"2.0\""
                + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:bondgenoot=\"" + FormatVersions.NAMESPACE_1_0 + "\" id=\"m\">\n"
                + "  <convenanten id=\"c1\" naam=\"2008-2012\" soort=\"CONVENANT\" periodeVan=\"2008\" periodeTot=\"2012\"/>\n"
                + "  <convenanten id=\"c2\" naam=\"sinds de jaren 90\" soort=\"CONVENANT\" periodeVan=\"medio jaren 90\""
                + " periodeTot=\"2011-06-30\"/>\n"
                + "  <transities id=\"t\" naam=\"Transformatie\" start=\"2015\"/>\n"
                + "</bondgenoot:Governancemodel>\n";
        Path old = Files.writeString(tmp.resolve("looptijd.bondgenoot"), text);
        Governancemodel migrated = ModelFiles.load(old);
        var heel = migrated.getConvenanten().get(0);
        assertEquals(java.time.LocalDate.of(2008, 1, 1), nl.bondgenoot.model.tijd.Periodes.van(heel.getPeriode()));
        assertEquals(java.time.LocalDate.of(2012, 12, 31), nl.bondgenoot.model.tijd.Periodes.tot(heel.getPeriode()),
                "a year ends on its last day");
        assertNull(heel.getPeriodeVan());
        assertNull(heel.getPeriodeTot());
        var half = migrated.getConvenanten().get(1);
        assertEquals("medio jaren 90", half.getPeriodeVan(), "words that are no date are kept as they were");
        assertNull(nl.bondgenoot.model.tijd.Periodes.van(half.getPeriode()));
        assertEquals(java.time.LocalDate.of(2011, 6, 30), nl.bondgenoot.model.tijd.Periodes.tot(half.getPeriode()));
        assertEquals(java.time.LocalDate.of(2015, 1, 1), nl.bondgenoot.model.tijd.Periodes.van(migrated.getTransities().get(0).getPeriode()));
        assertEquals(text, Files.readString(old), "loading never rewrites the file");
        ModelFiles.save(migrated.eResource());
        String saved = Files.readString(old);
        assertTrue(saved.contains("<periode van=\"2008-01-01\" tot=\"2012-12-31\"/>"), saved);
        assertFalse(saved.contains("periodeVan=\"2008\""), saved);
        assertEquals(java.time.LocalDate.of(2012, 12, 31),
                nl.bondgenoot.model.tijd.Periodes.tot(ModelFiles.load(old).getConvenanten().get(0).getPeriode()));
    }

    private static nl.bondgenoot.model.Effect effect(Governancemodel model) {
        return model.getMaatschappelijkeAgenda().getEffecten().get(0);
    }

    private static nl.bondgenoot.model.Kapitaalgoed kapitaalgoed(Governancemodel model) {
        return model.getVeranderagenda().getOpgaven().get(0).getKapitaalgoederen().get(0);
    }

    /**
     * Participation per burgergroep, agenda and opgave is new in 2.0 (issue 14) and needs no migration: the
     * one participation of a 1.0 network stays the network's participation as a whole, on the same rung
     * (coproductie/meebeslissen, S3:683-684), with no participation per group made up.
     */
    @Test
    void aParticipationOf10StaysTheNetworksParticipationAsAWhole() throws Exception {
        Path old = VERSION_1_0.resolve("netwerken/netwerk-welzijn-versterkt.bondgenoot");
        Governancemodel model = ModelFiles.load(Files.copy(old, tmp.resolve(old.getFileName())));
        Netwerk nwv = model.getNetwerken().stream().filter(n -> n.getNaam().equals("Netwerk Welzijn Versterkt"))
                .findFirst().orElseThrow();
        assertEquals(Burgerparticipatie.COPRODUCTIE_MEEBESLISSEN, nwv.getParticipatie().getNiveau());
        assertTrue(nwv.getParticipaties().isEmpty());
    }

    @Test
    void theOneSharedOutcomeOf10BecomesTheFirstOfTheList() throws Exception {
        // 1.0 held one text (gedeeldeUitkomst); 2.0 holds a list (gedeeldeUitkomsten), which EMF would read from an
        // attribute as words separated by spaces
        Path old = Files.writeString(tmp.resolve("oud.bondgenoot"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <bondgenoot:Governancemodel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:bondgenoot="https://bondgenoot.nl/model/1.0" id="m" naam="Oud">
                  <netwerken id="n1" naam="Wijknetwerk" gedeeldeUitkomst="Kwetsbare gezinnen redden zich weer zelf"/>
                  <netwerken id="n2" naam="Zonder uitkomst"/>
                </bondgenoot:Governancemodel>
                """);
        Governancemodel migrated = ModelFiles.load(old);
        assertEquals(List.of("Kwetsbare gezinnen redden zich weer zelf"),
                migrated.getNetwerken().get(0).getGedeeldeUitkomsten());
        assertEquals(List.of(), migrated.getNetwerken().get(1).getGedeeldeUitkomsten());
        migrated.getNetwerken().get(0).getGedeeldeUitkomsten().add("Minder overlast in de wijk");
        ModelFiles.save(migrated.eResource());
        String saved = Files.readString(old);
        assertFalse(saved.contains("gedeeldeUitkomst="), saved);
        assertEquals(List.of("Kwetsbare gezinnen redden zich weer zelf", "Minder overlast in de wijk"),
                ModelFiles.load(old).getNetwerken().get(0).getGedeeldeUitkomsten());
        // a 2.0 file has no such attribute: it is refused as any unknown attribute is, not read as a list
        Files.writeString(old, Files.readString(old).replace("<gedeeldeUitkomsten>Minder overlast in de wijk</gedeeldeUitkomsten>", "")
                .replace("naam=\"Zonder uitkomst\"", "naam=\"Zonder uitkomst\" gedeeldeUitkomst=\"Een twee\""));
        assertThrows(ModelLoadException.class, () -> ModelFiles.load(old));
    }

    @Test
    void theCurrentVersionIs20AndItsFilesAreNotMigrated() throws Exception {
        assertEquals("2.0", FormatVersions.current());
        assertEquals("https://bondgenoot.nl/model/2.0", BondgenootPackage.eNS_URI);
        Path file = Files.copy(modelsOfVersion10().get(0), tmp.resolve("m.bondgenoot"));
        Governancemodel model = ModelFiles.load(file);
        ModelFiles.save(model.eResource());
        assertNull(FormatVersions.migratedFrom(ModelFiles.load(file).eResource()));
    }

    @Test
    void aNewerVersionIsRefusedWithTheVersionsThisProductReads() throws Exception {
        Path old = modelsOfVersion10().get(0);
        Path file = tmp.resolve("toekomst.bondgenoot");
        Files.writeString(file, Files.readString(old).replace(FormatVersions.NAMESPACE_1_0, "https://bondgenoot.nl/model/9.0"));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
        assertTrue(e.getMessage().contains("modelversie 9.0 kan deze Bondgenoot niet lezen (hij leest versie 1.0 en 2.0)"),
                e.getMessage());
        assertTrue(e.toUserMessage().matches(java.util.regex.Pattern.quote(file.toString()) + ":[0-9]+: modelversie.*"), e.toUserMessage());
    }
    /**
     * 1.0 knew the gemeente by the free text of its soort, in any case, and gave a netwerk a closed list
     * of sturingsrollen: migrated, the text becomes the kind it names (other text stays, for GOV-25 to
     * ask about) and each sturingsrol a gemeenterol in no particular fase.
     */
    @Test
    void aSoortTextBecomesTheKindItNamesAndSturingsrollenBecomeGemeenterollen() throws Exception {
        String ns = FormatVersions.NAMESPACE_1_0;
        Path old = Files.writeString(tmp.resolve("oud.bondgenoot"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <bondgenoot:Governancemodel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:bondgenoot="%s" id="m" naam="Venlo">
                  <actoren id="a" naam="Gemeente Venlo" categorie="OVERHEID" soort="Gemeente "/>
                  <actoren id="b" naam="Regio" categorie="OVERHEID" soort="Gemeenschappelijke Regeling"/>
                  <actoren id="c" naam="Buurtbrigade" categorie="BURGER" soort="buurtbrigade"/>
                  <netwerken id="n" naam="Wijknetwerk" leden="a b c">
                    <sturingsrollenGemeente>REGISSEUR</sturingsrollenGemeente>
                    <sturingsrollenGemeente>ONDERHANDELAAR</sturingsrollenGemeente>
                  </netwerken>
                </bondgenoot:Governancemodel>
                """.formatted(ns));
        byte[] before = Files.readAllBytes(old);
        Governancemodel migrated = ModelFiles.load(old);
        assertArrayEquals(before, Files.readAllBytes(old), "not rewritten on load");
        assertEquals(nl.bondgenoot.model.soorten.ActorSoortId.valueOf("gemeente"), migrated.getActoren().get(0).getSoort());
        assertEquals(nl.bondgenoot.model.soorten.ActorSoortId.valueOf("gemeenschappelijke regeling"),
                migrated.getActoren().get(1).getSoort());
        assertEquals(nl.bondgenoot.model.soorten.ActorSoortId.valueOf("buurtbrigade"), migrated.getActoren().get(2).getSoort(),
                "text that names no kind is kept as it was");
        var rollen = migrated.getNetwerken().get(0).getGemeenterollen();
        assertEquals(List.of(nl.bondgenoot.model.GemeenterolSoort.REGISSEUR, nl.bondgenoot.model.GemeenterolSoort.ONDERHANDELAAR),
                rollen.stream().map(nl.bondgenoot.model.Gemeenterol::getSoort).toList());
        assertTrue(rollen.stream().allMatch(r -> r.getFase() == nl.bondgenoot.model.Beleidsfase.ONBEKEND));

        ModelFiles.save(migrated.eResource());
        String saved = Files.readString(old);
        assertFalse(saved.contains("sturingsrollenGemeente"), saved);
        assertTrue(saved.contains("soort=\"gemeente\""), saved);
        Governancemodel reloaded = ModelFiles.load(old);
        assertNull(FormatVersions.migratedFrom(reloaded.eResource()));
        assertEquals(2, reloaded.getNetwerken().get(0).getGemeenterollen().size());
        assertTrue(EcoreUtil.equals(migrated, reloaded));
    }

    /** Only the features 1.0 had and 2.0 moved are kept for the migration: another unknown feature is still an error. */
    @Test
    void aFeatureThatNeverExistedIsStillRefusedIn10() throws Exception {
        Path old = Files.writeString(tmp.resolve("fout.bondgenoot"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <bondgenoot:Governancemodel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:bondgenoot="%s" id="m" naam="X">
                  <netwerken id="n" naam="N">
                    <sturingsrollenGemeenteX>REGISSEUR</sturingsrollenGemeenteX>
                  </netwerken>
                </bondgenoot:Governancemodel>
                """.formatted(FormatVersions.NAMESPACE_1_0));
        assertThrows(ModelLoadException.class, () -> ModelFiles.load(old));
        Path current = Files.writeString(tmp.resolve("nieuw.bondgenoot"), Files.readString(old)
                .replace(FormatVersions.NAMESPACE_1_0, BondgenootPackage.eNS_URI).replace("GemeenteX", "Gemeente"));
        assertThrows(ModelLoadException.class, () -> ModelFiles.load(current), "2.0 has no sturingsrollenGemeente");
    }
}
