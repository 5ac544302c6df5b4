package nl.bondgenoot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.cli.Cli;

/** Runs the CLI as `bondgenoot validate` does, and checks what a user reads and the exit code. */
class ValidateCommandTest {

    @TempDir
    Path tmp;

    private String out = "";
    private String err = "";

    private int run(String... args) {
        var o = new ByteArrayOutputStream();
        var e = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private static String example(String name) {
        return Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "skelet", name).toString();
    }

    /** A checklist of the skeleton's OK-team beside a copy of its model, with an answer to a question that does not exist. */
    private Path beoordeling(java.util.function.Consumer<nl.bondgenoot.model.Beoordeling> fill) throws Exception {
        Path model = tmp.resolve("kamperpoort-kern.bondgenoot");
        Files.copy(Path.of(example("kamperpoort-kern.bondgenoot")), model);
        nl.bondgenoot.model.Governancemodel m = nl.bondgenoot.model.persistence.ModelFiles.load(model);
        Path file = tmp.resolve("checklist.beoordeling");
        nl.bondgenoot.model.Beoordeling b = nl.bondgenoot.model.persistence.BeoordelingFiles.create(m, m.getNetwerken().get(0),
                nl.bondgenoot.model.instrumenten.Instrumenten.CHECKLIST_WMO_PRAKTIJKEN, file);
        fill.accept(b);
        nl.bondgenoot.model.persistence.BeoordelingFiles.save(b);
        return file;
    }

    private static int lineOf(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void anAssessmentIsValidatedWithItsModelAndFindingsCarryItsLines() throws Exception {
        Path file = beoordeling(b -> {
            nl.bondgenoot.model.Antwoord a = nl.bondgenoot.model.BondgenootFactory.eINSTANCE.createAntwoord();
            a.setId("antwoord-1");
            a.setVraagId("A.Q99");
            a.setStatus(nl.bondgenoot.model.Antwoordstatus.JA);
            b.getAntwoorden().add(a);
        });
        assertEquals(1, run("validate", file.toString()), err);
        String line = file + ":" + lineOf(file, "<antwoorden") + ": FOUT [BEO-8] Antwoord op 'A.Q99': Checklist Wmo-praktijken heeft geen"
                + " vraag met die id (S4:198-356; S0:1373-1440; S2:2649-2691, 3766-3806)";
        assertTrue(out.contains(line + "\n"), out);
        assertTrue(out.contains(file + ":1: WAARSCHUWING [BEO-1] Checklist Wmo-praktijken, Beleidsontwerp: 11 van 11 verplichte vragen"
                + " zijn niet beantwoord: A.Q1, A.Q2,"), out);
        assertEquals("", err);

        assertEquals(1, run("validate", "--format", "json", file.toString()));
        assertTrue(out.contains("\"ruleId\":\"BEO-8\",\"severity\":\"ERROR\",\"provenance\":\"INF\",\"line\":" + lineOf(file, "A.Q99")), out);
    }

    @Test
    void anAssessmentWithoutErrorsExitsZero() throws Exception {
        Path file = beoordeling(b -> { });
        assertEquals(0, run("validate", file.toString()), err);
        assertTrue(out.contains("[BEO-1]"), out);
        assertFalse(out.contains("FOUT"), out);
    }

    @Test
    void anAssessmentWhoseModelIsGoneIsOneDutchLineWithFileAndLine() throws Exception {
        Path file = beoordeling(b -> { });
        Files.delete(tmp.resolve("kamperpoort-kern.bondgenoot"));
        assertEquals(2, run("validate", file.toString()));
        assertEquals("", out);
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), err);
        // The line of the assessment's <model href=...>, where the missing file is named.
        assertTrue(lines.get(0).startsWith(file + ":5: ") && lines.get(0).contains("kamperpoort-kern.bondgenoot"), err);
    }

    @Test
    void anUnreadableAssessmentIsOneDutchLine() throws Exception {
        Path file = tmp.resolve("kapot.beoordeling");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<bondgenoot:Beoordeling\n");
        assertEquals(2, run("validate", file.toString()));
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith(file + ":"), err);
    }

    @Test
    void theValidExampleHasNoFindings() {
        assertEquals(0, run("validate", example("kamperpoort-kern.bondgenoot")));
        assertEquals("", out);
        assertEquals("", err);
    }

    @Test
    void theTwoOrganisationVariantReportsNet1WithLineAndSource() {
        String file = example("kamperpoort-te-klein.bondgenoot");
        assertEquals(1, run("validate", file));
        assertEquals(file + ":15: FOUT [NET-1] Netwerk 'OK-team Kamperpoort' heeft 2 organisaties;"
                + " een netwerk heeft er minstens 3 (S2:2258-2260)\n", out);
    }

    @Test
    void jsonOutputCarriesTheSameFinding() {
        assertEquals(1, run("validate", "--format", "json", example("kamperpoort-te-klein.bondgenoot")));
        assertTrue(out.contains("\"ruleId\":\"NET-1\",\"severity\":\"ERROR\",\"provenance\":\"DOC\",\"line\":15"), out);
        assertTrue(out.contains("\"summary\":{\"errors\":1,\"warnings\":0,\"infos\":0,\"exitCode\":1}"), out);
        assertTrue(out.contains("\"source\":\"S2:2258-2260\",\"sourceSections\":\"S2:2258-2260 (hoofdstuk 4 \\\"Gemeenten"
                + " aan zet\\\", § 4.2 \\\"Samenwerking met partners in een netwerk\\\")\""), out);
    }

    @Test
    void rulesBronnenPrintsThePublicationsAndTheirChapters() {
        assertEquals(0, run("rules", "--bronnen"));
        assertTrue(out.contains("| S4 | Checklist Wmo-praktijken."), out);
        assertTrue(out.contains("| 432-594 | hoofdstuk 6 | Met welke partijen, in welke vormen en met welk aanbod? |"), out);
    }

    @Test
    void rulesDomeinmodelPrintsTheClassesAndWhatEachRuleReads() {
        assertEquals(0, run("rules", "--domeinmodel"));
        assertTrue(out.contains("\n### Actor\n"), out);
        String net1 = out.lines().filter(l -> l.startsWith("| NET-1 | ")).findFirst().orElse("");
        assertTrue(net1.contains(" Actor.categorie, ") && net1.contains(" Netwerk.leden, ") && net1.contains(" Netwerk.lidmaatschappen, "),
                "NET-1 counts the members on the peildatum by categorie: " + net1);
    }

    @Test
    void rulesWithAnUnknownOptionSaysSoWithExit2() {
        assertEquals(2, run("rules", "--bron"));
        assertTrue(err.contains("onbekende optie '--bron'"), err);
    }

    @Test
    void aFileThatIsNoModelOrAgendaIsToldWhatIsExpectedWithExit2() throws Exception {
        Path text = tmp.resolve("notities.txt");
        Files.writeString(text, "dit is geen model\n");
        assertEquals(2, run("validate", text.toString()));
        assertEquals("", out);
        assertEquals(text + ": geen model, beoordeling of agenda; validate toetst modellen (.bondgenoot), beoordelingen (.beoordeling)"
                + " en agenda's (.agenda)\n", err);
    }

    @Test
    void aModelFileThatIsNoXmlIsToldInDutchWithExit2() throws Exception {
        Path model = tmp.resolve("kapot.bondgenoot");
        Files.writeString(model, "dit is geen model\n");
        assertEquals(2, run("validate", model.toString()));
        assertEquals("", out);
        assertEquals(model + ":1: geen geldig XML-bestand: er staat tekst vóór het begin van de XML (een modelbestand begint met"
                + " '<?xml' of '<') (kolom 1)\n", err);
        assertFalse(err.contains("Content is not allowed") || err.contains("Exception") || err.contains("\tat "), err);
    }

    @Test
    void anExternalEntityInAModelIsIgnoredAndSaidWithItsLine() throws Exception {
        Path secret = Files.writeString(tmp.resolve("geheim.txt"), "GEHEIM");
        Path model = tmp.resolve("xxe.bondgenoot");
        String kern = Files.readString(Path.of(example("kamperpoort-kern.bondgenoot")));
        int rootEnd = kern.indexOf('>', kern.indexOf("<bondgenoot:Governancemodel")) + 1;
        Files.writeString(model, kern.substring(0, kern.indexOf("<bondgenoot:Governancemodel"))
                + "<!DOCTYPE bondgenoot:Governancemodel [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + kern.substring(kern.indexOf("<bondgenoot:Governancemodel"), rootEnd) + "&xxe;" + kern.substring(rootEnd));
        assertEquals(0, run("validate", model.toString()), err);
        assertTrue(out.matches("(?s)" + java.util.regex.Pattern.quote(model.toString()) + ":\\d+(:\\d+)?: WAARSCHUWING \\[XML\\] "
                + "externe entiteit '.*geheim.txt' genegeerd.*"), out);
        assertFalse(out.contains("GEHEIM"), out);
    }
    @Test
    void usageErrorsGiveExit2() {
        assertEquals(2, run("validate"));
        assertTrue(err.contains("geef minstens één bestand op"), err);
        assertEquals(2, run("validate", "--format", "xml", "x"));
        assertEquals(2, run("opruimen"));
        assertTrue(err.contains("onbekend commando 'opruimen'"), err);
    }

    @Test
    void aPeildatumThatIsNoDateIsToldInDutchWithExit2() {
        assertEquals(2, run("validate", "--peildatum", "1-1-2011", example("kamperpoort-kern.bondgenoot")));
        assertEquals("", out);
        assertTrue(err.startsWith("bondgenoot validate: --peildatum: '1-1-2011' is geen datum; schrijf jjjj-mm-dd,"
                + " bijvoorbeeld 2011-01-01.\n"), err);
        assertEquals(2, run("validate", "--peildatum=2011-02-30", example("kamperpoort-kern.bondgenoot")));
        assertTrue(err.contains("'2011-02-30' is geen datum"), err);
        assertEquals(2, run("validate", example("kamperpoort-kern.bondgenoot"), "--peildatum"));
        assertTrue(err.startsWith("bondgenoot validate: '--peildatum' mist een waarde.\nGebruik: bondgenoot validate "), err);
    }

    @Test
    void thePeildatumDecidesWhichConvenantIsJudgedAndIsSaid() {
        String file = Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "netwerken",
                "netwerk-welzijn-versterkt.bondgenoot").toString();
        String leven = "'Convenant 'Samen innovatief grenzen verleggen' - Leven in het Dorp WWZ 2008-2012'";
        run("validate", file);
        assertFalse(out.contains(leven), "the convenant ended in 2012, so today it is not judged: " + out);
        run("validate", "--peildatum", "2011-01-01", file);
        assertTrue(out.startsWith("Peildatum 2011-01-01: wat dan niet gold (afgelopen of nog niet begonnen), is niet"
                + " beoordeeld.\n"), out);
        assertTrue(out.contains("[GOV-21] Convenant " + leven + " is niet getekend door"), out);
        run("validate", "--format", "json", "--peildatum", "2011-01-01", file);
        assertTrue(out.startsWith("{\"peildatum\":\"2011-01-01\",\"files\":["), out);
        run("validate", "--format", "json", file);
        assertTrue(out.startsWith("{\"peildatum\":\"" + java.time.LocalDate.now() + "\","), out);
    }

    @Test
    void aProfileNextToTheModelAppliesAndOneOnTheCommandLineWins() throws Exception {
        Path model = tmp.resolve("klein.bondgenoot");
        Files.copy(Path.of(example("kamperpoort-te-klein.bondgenoot")), model);
        Files.writeString(tmp.resolve("bondgenoot.profiel"), "NET-1 = WAARSCHUWING\n");
        assertEquals(0, run("validate", model.toString()));
        assertTrue(out.contains(": WAARSCHUWING [NET-1] "), out);

        Path streng = tmp.resolve("streng.profiel");
        Files.writeString(streng, "NET-1 = FOUT\n");
        assertEquals(1, run("validate", "--profiel", streng.toString(), model.toString()));
        assertTrue(out.contains(": FOUT [NET-1] "), out);
    }

    @Test
    void aBrokenProfileIsExit2WithItsFileAndLine() throws Exception {
        Path model = tmp.resolve("klein.bondgenoot");
        Files.copy(Path.of(example("kamperpoort-te-klein.bondgenoot")), model);
        Files.writeString(tmp.resolve("bondgenoot.profiel"), "NET-1 = misschien\n");
        assertEquals(2, run("validate", model.toString()));
        assertTrue(err.contains("bondgenoot.profiel:1: onbekende waarde 'misschien' voor NET-1"), err);
    }

    @Test
    void rulesPrintsTheCatalogue() {
        assertEquals(0, run("rules"));
        assertTrue(out.startsWith("# Regelcatalogus van Bondgenoot"), out);
        assertTrue(out.contains("| NET-1 | FOUT | DOC | Een netwerk heeft minstens 3 organisaties | S2:2258-2260 |"), out);
    }

    @Test
    void agendaFilesAreCheckedByTheSameRulesWithTheirLines() {
        String file = example("zelfredzaam.agenda");
        assertEquals(1, run("validate", file));
        assertTrue(out.contains(file + ":1: WAARSCHUWING [AG-1] "), out);
        assertTrue(out.contains(file + ":8: FOUT [4R-6] Opgave 'MultiprobleemGezinnen'"), out);
    }

    @Test
    void everySyntaxAndLinkProblemOfAnAgendaIsReportedInTheFindingsFormatWithExit1() throws Exception {
        Path agenda = tmp.resolve("kapot.agenda");
        Files.writeString(agenda, """
                maatschappelijke agenda "A"
                  proceseigenaar Niemand
                veranderagenda
                  opgave O vraagstuk enkelvoudig volgt uit Bestaatniet
                    kapitaalgoEd geld
                  opgave P
                    opdrachtrelatie R
                      opdrachtgevr Iemand
                """);
        assertEquals(1, run("validate", agenda.toString()));
        assertEquals("", err);
        List<String> lines = out.lines().toList();
        assertTrue(lines.get(0).startsWith(agenda + ":2:18: FOUT [KOPPELING] onbekende actor 'Niemand'"), out);
        assertTrue(lines.get(1).startsWith(agenda + ":4:44: FOUT [KOPPELING] onbekend effect 'Bestaatniet'"), out);
        assertTrue(lines.get(2).startsWith(agenda + ":5:5: FOUT [SYNTAX] 'kapitaalgoEd'"), out);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(agenda + ":8:") && l.contains("[SYNTAX]") && l.contains("opdrachtgevr")), out);
        // What was not parsed is not judged: no rule finding, and the reason why.
        assertTrue(lines.stream().noneMatch(l -> l.matches(".*(FOUT|WAARSCHUWING|INFO) \\[(4R|AG|GOV)-.*")), out);
        assertTrue(out.contains(agenda + ":1:1: INFO [REGELS] de regels zijn niet toegepast"), out);
        assertFalse(out.contains("en nog"), out);
    }

    @Test
    void anAgendaWithOnlyLinkProblemsGetsItsRuleFindingsToo() throws Exception {
        Path agenda = Files.writeString(tmp.resolve("koppeling.agenda"), "veranderagenda\n  opgave A vraagstuk enkelvoudig volgt uit Bestaatniet\n");
        assertEquals(1, run("validate", agenda.toString()));
        assertTrue(out.startsWith(agenda + ":2:44: FOUT [KOPPELING] onbekend effect 'Bestaatniet'"), out);
        assertTrue(out.contains(agenda + ":1: WAARSCHUWING [AG-1] "), out);
        assertFalse(out.contains("[REGELS]"), out);
    }

    @Test
    void anUnterminatedTextIsReportedWhereItStarts() throws Exception {
        Path agenda = Files.writeString(tmp.resolve("tekst.agenda"), "maatschappelijke agenda \"A\"\n  visie \"zonder einde\n\nveranderagenda\n  opgave O\n");
        assertEquals(1, run("validate", agenda.toString()));
        assertTrue(out.startsWith(agenda + ":2:9: FOUT [SYNTAX] de tekst is niet afgesloten"), out);
    }

    @Test
    void anEmptyAgendaIsAFindingNotASilentSuccess() throws Exception {
        Path agenda = Files.writeString(tmp.resolve("leeg.agenda"), "");
        assertEquals(1, run("validate", agenda.toString()));
        assertEquals(agenda + ":1:1: FOUT [SYNTAX] het bestand is leeg; een agenda begint met 'maatschappelijke agenda',"
                + " 'veranderagenda' of 'uitvoeringsagenda'", out.lines().findFirst().orElse(""));
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWithLineAndColumn() throws Exception {
        Path agenda = tmp.resolve("latin1.agenda");
        Files.write(agenda, "maatschappelijke agenda \"A\"\n  visie \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(1, run("validate", agenda.toString()));
        assertTrue(out.startsWith(agenda + ":2:13: FOUT [SYNTAX] ongeldig byte 0xE9: het bestand is geen geldige UTF-8-tekst"), out);
    }

    @Test
    void aThresholdThatIsNoWholeNumberIsExit2WithTheProfilesLine() throws Exception {
        Path model = tmp.resolve("klein.bondgenoot");
        Files.copy(Path.of(example("kamperpoort-te-klein.bondgenoot")), model);
        for (String value : List.of("99999999999", "1e308", "NaN")) {
            Files.writeString(tmp.resolve("bondgenoot.profiel"), "# drempel\nNET-1.minimumOrganisaties = " + value + "\n");
            assertEquals(2, run("validate", model.toString()));
            assertTrue(err.contains("bondgenoot.profiel:2: '" + value + "' is geen geheel getal voor NET-1.minimumOrganisaties"), err);
            assertFalse(err.contains("interne fout") || err.contains("Exception"), err);
        }
    }

    @Test
    void unknownRuleIdsAndParametersInTheProfileAreWarnedOnceWithTheClosestNames() throws Exception {
        Path model = tmp.resolve("klein.bondgenoot");
        Files.copy(Path.of(example("kamperpoort-te-klein.bondgenoot")), model);
        Files.copy(Path.of(example("kamperpoort-te-klein.bondgenoot")), tmp.resolve("ander.bondgenoot"));
        Path profile = Files.writeString(tmp.resolve("bondgenoot.profiel"), "NET-1 = uit\nNET-1.minimumOrganisatie = 2\nNET-99 = uit\n");
        assertEquals(0, run("validate", model.toString(), tmp.resolve("ander.bondgenoot").toString()));
        List<String> warnings = out.lines().filter(l -> l.contains("profiel")).toList();
        assertEquals(2, warnings.size(), out);
        assertTrue(warnings.get(0).startsWith(profile + ":2: WAARSCHUWING onbekende parameter 'NET-1.minimumOrganisatie': deze regel"
                + " heeft geen effect; bedoelde u NET-1.minimumOrganisaties"), warnings.get(0));
        assertTrue(warnings.get(1).startsWith(profile + ":3: WAARSCHUWING onbekende regel 'NET-99': deze regel heeft geen effect;"
                + " bedoelde u NET-19 of NET-9"), warnings.get(1));
    }

    @Test
    void aProfileThatIsNoRegularFileIsRefusedInDutch() {
        assertEquals(2, run("validate", "--profiel", "/dev/zero", example("kamperpoort-kern.bondgenoot")));
        assertTrue(err.startsWith("/dev/zero: is geen gewoon bestand"), err);
        assertEquals(1, err.lines().count(), err);
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, run("help"));
        assertTrue(out.contains("validate") && out.contains("serve") && out.contains("help"), out);
    }
}
