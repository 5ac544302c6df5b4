package nl.bondgenoot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.cli.Cli;
import nl.bondgenoot.cli.commands.Commands;

/**
 * The one command line: every command is a contribution to nl.bondgenoot.cli.commands (this fragment
 * contributes "proef", and three broken ones), the help is generated from them, options are parsed by
 * picocli and what is wrong with them is said in Dutch.
 */
class CommandLineTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyCommandIsContributedByTheBundleThatOwnsIt() {
        Commands commands = Commands.get();
        assertEquals("nl.bondgenoot.cli", commands.named("validate").orElseThrow().contributor());
        assertEquals("nl.bondgenoot.rules", commands.named("rules").orElseThrow().contributor());
        for (String name : List.of("serve", "export", "analyse")) {
            assertEquals("nl.bondgenoot.diagram", commands.named(name).orElseThrow().contributor(), name);
        }
        assertEquals("nl.bondgenoot.exchange", commands.named("import").orElseThrow().contributor());
        assertEquals("nl.bondgenoot.compare", commands.named("diff").orElseThrow().contributor());
        assertEquals("nl.bondgenoot.compare", commands.named("merge").orElseThrow().contributor());
        assertEquals("nl.bondgenoot.agenda.ide", commands.named("lsp").orElseThrow().contributor());
    }

    @Test
    void helpListsEveryContributedCommandWithItsDescription() {
        Run help = run("help");
        assertEquals(0, help.exit(), help.err());
        for (String name : Commands.get().names()) {
            assertTrue(help.out().lines().anyMatch(l -> l.startsWith("  " + name + " ") || l.equals("  " + name)),
                    name + " in the help:\n" + help.out());
        }
        assertTrue(help.out().contains("  proef [--keer=N] NAAM..."), help.out());
        assertTrue(help.out().contains("groet de gegeven namen"), help.out());
        assertTrue(help.out().contains("\nProef:\n"), "the contribution's group is a heading:\n" + help.out());
        assertTrue(help.out().indexOf("  validate ") < help.out().indexOf("  rules ")
                && help.out().indexOf("  rules ") < help.out().indexOf("  proef "), "in the contributions' order:\n" + help.out());
        assertEquals(help.out(), run().out(), "no arguments: the help");
    }

    @Test
    void brokenContributionsAreSkippedAndSaid() {
        List<String> problems = Commands.get().problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains("'dubbel'") && p.contains("draagt het al bij")), problems.toString());
        assertEquals(1, Commands.get().names().stream().filter("dubbel"::equals).count());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'help'") && p.contains("van de opdrachtregel zelf")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'Hoofdletters'") && p.contains("kleine letters")), problems.toString());
        assertTrue(run("help").err().contains("bondgenoot: waarschuwing: nl.bondgenoot.cli: het commando 'help' is overgeslagen"));
        assertTrue(run("validate", "--format", "onzin", "x.bondgenoot").err().contains("onbekend formaat 'onzin'"),
                "the others run");
    }

    @Test
    void aContributedCommandRunsWithItsOptionsParsed() {
        Run run = run("proef", "--keer", "2", "Anna", "Bram");
        assertEquals(0, run.exit(), run.err());
        assertEquals("Dag Anna en Bram!\nDag Anna en Bram!\n", run.out());
        assertEquals("Dag Cor!\n", run("proef", "--keer=1", "Cor").out());
        assertEquals(1, run("proef", "fout").exit(), "its exit code is the process's");
    }

    @Test
    void usageErrorsAreDutchWithTheUsageLine() {
        Run unknown = run("proef", "--hard", "Anna");
        assertEquals(2, unknown.exit());
        assertEquals("bondgenoot proef: onbekende optie '--hard'.\nGebruik: bondgenoot proef [--keer=N] NAAM...\n", unknown.err());
        assertEquals("bondgenoot proef: '--keer' mist een waarde.\nGebruik: bondgenoot proef [--keer=N] NAAM...\n",
                run("proef", "Anna", "--keer").err());
        assertEquals("bondgenoot proef: ongeldige waarde 'vaak' voor --keer.\nGebruik: bondgenoot proef [--keer=N] NAAM...\n",
                run("proef", "--keer", "vaak", "Anna").err());
        assertEquals("bondgenoot proef: geef NAAM op.\nGebruik: bondgenoot proef [--keer=N] NAAM...\n", run("proef").err());
        Run command = run("onzin");
        assertEquals(2, command.exit());
        assertEquals("bondgenoot: onbekend commando 'onzin'. Zie 'bondgenoot help'.\n", command.err());
        assertEquals("bondgenoot: onbekende optie '--onzin'. Zie 'bondgenoot help'.\n", run("--onzin").err());
    }

    @Test
    void helpOfOneCommandIsPicocliUsageInDutch() {
        Run help = run("help", "proef");
        assertEquals(0, help.exit(), help.err());
        assertEquals("""
                Gebruik: bondgenoot proef [--keer=N] NAAM...

                groet de gegeven namen (een proefcommando uit een testfragment)

                Argumenten:
                      NAAM...    wie er gegroet wordt

                Opties:
                      --keer=N   hoe vaak (standaard 1)
                """, help.out());
        assertEquals(help.out(), run("proef", "--help").out(), "COMMAND --help says the same");
        assertTrue(run("help", "export").out().contains("--alle-weergaven"), "export's options in its help");
        Run unknown = run("help", "onzin");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("bondgenoot help: onbekend commando 'onzin'; de commando's: validate, rules"), unknown.err());
    }

    @Test
    void versionIsTheProductVersion() {
        Run version = run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("Bondgenoot "), version.out());
        assertEquals(version.out(), run("-V").out());
    }
}
