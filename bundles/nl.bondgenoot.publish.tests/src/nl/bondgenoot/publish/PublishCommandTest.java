package nl.bondgenoot.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.launcher.ExitCode;
import nl.bondgenoot.publish.cli.PublishCommand;

/** `bondgenoot publish` as a user types it: what it says on standard output and error, and its exit code. */
class PublishCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "publish";
        System.arraycopy(args, 0, command, 1, args.length);
        return nl.bondgenoot.cli.Cli.run(command, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void publishesAndSaysWhereAndWhat() throws Exception {
        Path project = Files.createDirectories(temp.resolve("project"));
        Files.copy(PublisherTest.ROOT.resolve("examples/skelet/kamperpoort-kern.bondgenoot"), project.resolve("kern.bondgenoot"));
        assertEquals(ExitCode.OK, run(project.toString(), "--uit", temp.resolve("site").toString(), "--peildatum", "2026-01-01"), err());
        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("Publicatie geschreven: " + temp.resolve("site").toAbsolutePath().normalize().resolve("index.html")), said);
        assertTrue(said.contains("1 model, 0 agenda's, 0 beoordelingen, 3 kaarten, "), said);
        assertEquals("", err());
    }

    @Test
    void usageErrorsAreSaidInDutchWithTheUsageLine() {
        assertEquals(ExitCode.USAGE_OR_INPUT, run("examples"));
        assertTrue(err().startsWith("bondgenoot publish: geef met --uit de map voor de publicatie op.\n" + PublishCommand.USAGE), err());
        err.reset();
        assertEquals(ExitCode.USAGE_OR_INPUT, run("--uit", "x"));
        assertTrue(err().startsWith("bondgenoot publish: geef de projectmap op."), err());
        err.reset();
        assertEquals(ExitCode.USAGE_OR_INPUT, run("a", "b", "--uit", "x"));
        assertTrue(err().startsWith("bondgenoot publish: geef één projectmap op ('a' en 'b')."), err());
        err.reset();
        assertEquals(ExitCode.USAGE_OR_INPUT, run("a", "--uit", "x", "--peildatum", "gisteren"));
        assertTrue(err().contains("'gisteren' is geen datum"), err());
        err.reset();
        assertEquals(ExitCode.USAGE_OR_INPUT, run("a", "--snel"));
        assertTrue(err().startsWith("bondgenoot publish: onbekende optie '--snel'."), err());
    }

    @Test
    void aProjectThatDoesNotExistIsOneDutchLine() {
        assertEquals(ExitCode.USAGE_OR_INPUT, run(temp.resolve("nergens").toString(), "--uit", temp.resolve("site").toString()));
        assertEquals("bondgenoot publish: " + temp.resolve("nergens") + ": bestaat niet; geef de map van het project op"
                + " (de map met de modellen en agenda's)\n", err());
    }
}
