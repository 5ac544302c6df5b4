package nl.bondgenoot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.cli.Cli;

/**
 * What `bondgenoot validate` reports on the example agendas: the whole report is kept in
 * examples/agendas/bevindingen.txt, so a change in a rule, the grammar or the linking shows up as a
 * change in what advisors read. The examples are meant to be (almost) clean: exit code 0.
 */
class AgendaExampleFindingsTest {

    private static final Path ROOT = Path.of(System.getProperty("bondgenoot.root", "../..")).toAbsolutePath().normalize();
    private static final Path AGENDAS = ROOT.resolve("examples/agendas");

    @TempDir
    Path broken;

    private String out = "";
    private String err = "";

    private int validate(List<Path> files) {
        List<String> args = new ArrayList<>(List.of("validate"));
        files.forEach(f -> args.add(f.toString()));
        var o = new ByteArrayOutputStream();
        var e = new ByteArrayOutputStream();
        int code = Cli.run(args.toArray(String[]::new), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8).replace(ROOT + "/", "");
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private static List<Path> agendas(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".agenda")).sorted().toList();
        }
    }

    @Test
    void theReportOnTheExampleAgendasIsTheOneKeptBesideThem() throws Exception {
        List<Path> files = agendas(AGENDAS);
        assertEquals(3, files.size(), files.toString());
        assertEquals(0, validate(files), out + err);
        assertEquals("", err);
        assertEquals(Files.readString(AGENDAS.resolve("bevindingen.txt")), out,
                "regenerate with: ./bondgenoot validate examples/agendas/*.agenda > examples/agendas/bevindingen.txt,"
                        + " and read the difference");
    }

    @Test
    void theOnlyFindingIsTheIntendedSmartWarningOfTheZelfredzaamheidAgenda() throws Exception {
        validate(agendas(AGENDAS));
        List<String> lines = out.lines().toList();
        assertEquals(1, lines.size(), out);
        assertTrue(lines.get(0).startsWith("examples/agendas/zelfredzaamheid.agenda:29: INFO [AG-13] Indicator"
                + " 'inwoners die van zelfredzaamheidsniveau 2 naar 3 gaan' is een SMART-doel"), out);
    }

    @Test
    void theAgendaOfNetwerkWelzijnVersterktLinksToItsModelAndIsClean() throws Exception {
        List<Path> files = agendas(ROOT.resolve("examples/netwerken"));
        assertEquals(List.of("netwerk-welzijn-versterkt.agenda"), files.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(0, validate(files), out + err);
        assertEquals("", out);
        assertEquals("", err);
    }

    @Test
    void anAgendaThatNamesAnActorNoModelHasIsAKoppelingFindingWithExit1() throws Exception {
        Files.copy(AGENDAS.resolve("partijen.bondgenoot"), broken.resolve("partijen.bondgenoot"));
        String text = Files.readString(AGENDAS.resolve("huishoudelijke-hulp.agenda"))
                .replace("vastgesteld door Gemeenteraad", "vastgesteld door \"Provinciale Staten\"");
        Path agenda = Files.writeString(broken.resolve("huishoudelijke-hulp.agenda"), text);
        assertEquals(1, validate(List.of(agenda)));
        assertTrue(out.startsWith(agenda + ":9:"), out);
        assertTrue(out.contains(": FOUT [KOPPELING] onbekende actor 'Provinciale Staten'"), out);
        assertEquals("", err);
    }
}
