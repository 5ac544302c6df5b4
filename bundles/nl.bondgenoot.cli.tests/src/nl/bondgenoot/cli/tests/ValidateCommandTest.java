package nl.bondgenoot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
        assertEquals(file + ":12: FOUT [NET-1] Netwerk 'OK-team Kamperpoort' heeft 2 organisaties;"
                + " een netwerk heeft er minstens 3 (S2:2258-2260)\n", out);
    }

    @Test
    void jsonOutputCarriesTheSameFinding() {
        assertEquals(1, run("validate", "--format", "json", example("kamperpoort-te-klein.bondgenoot")));
        assertTrue(out.contains("\"ruleId\":\"NET-1\",\"severity\":\"ERROR\",\"provenance\":\"DOC\",\"line\":12"), out);
        assertTrue(out.contains("\"summary\":{\"errors\":1,\"warnings\":0,\"infos\":0,\"exitCode\":1}"), out);
    }

    @Test
    void aNonModelFileGivesExit2AndOneDutchLineWithoutStackTrace() throws Exception {
        Path text = tmp.resolve("notities.txt");
        Files.writeString(text, "dit is geen model\n");
        assertEquals(2, run("validate", text.toString()));
        assertEquals("", out);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith(text + ":1: geen geldig XML-bestand"), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
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
    void aBrokenAgendaIsExit2WithItsLine() throws Exception {
        Path agenda = tmp.resolve("kapot.agenda");
        Files.writeString(agenda, "veranderagenda\n  opgave A vraagstuk enkelvoudig volgt uit Bestaatniet\n");
        assertEquals(2, run("validate", agenda.toString()));
        assertTrue(err.startsWith(agenda + ":2: kolom 44: onbekend effect 'Bestaatniet'"), err);
        assertEquals(1, err.lines().count(), err);
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, run("help"));
        assertTrue(out.contains("validate") && out.contains("serve") && out.contains("help"), out);
    }
}
