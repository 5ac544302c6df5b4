package nl.bondgenoot.launcher.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.agenda.ide.server.LspCommand;
import nl.bondgenoot.cli.CliApplication;
import nl.bondgenoot.launcher.LaunchContext;
import nl.bondgenoot.launcher.StateFolder;

/**
 * Every command, failing in a way it cannot foresee (an {@link OutOfMemoryError} while it writes its
 * result or reads its input), ends with exit code 2 and one Dutch line on standard error that names
 * the file it was processing and where the log is; the stack trace is in that log, not on the terminal.
 * Before the catch-all, the OSGi product ended such a command with exit code 0 and no output.
 */
class CommandFailureTest {

    private static final Path ROOT = Path.of(System.getProperty("bondgenoot.root", "../.."));

    @TempDir
    Path folder;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;
    private Path model;

    @BeforeEach
    void failingOutput() throws IOException {
        model = folder.resolve("te-klein.bondgenoot");
        Files.copy(ROOT.resolve("examples/skelet/kamperpoort-te-klein.bondgenoot"), model);
        System.setProperty(StateFolder.PROPERTY, folder.resolve("state").toString());
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(new OutOfMemory(), true));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
        System.clearProperty(StateFolder.PROPERTY);
    }

    @Test
    void validate() throws Exception {
        assertFailed("validate", model, new CliApplication(), "validate", model.toString());
    }

    @Test
    void rules() throws Exception {
        assertFailed("rules", null, new CliApplication(), "rules");
    }

    @Test
    void help() throws Exception {
        assertFailed("help", null, new CliApplication(), "help");
    }

    @Test
    void export() throws Exception {
        assertFailed("export", model, new CliApplication(), "export", model.toString(), "--format", "svg", "--uit",
                folder.resolve("kaart.svg").toString());
    }

    @Test
    void serve() throws Exception {
        assertFailed("serve", model, new CliApplication(), "serve", model.toString());
    }

    @Test
    void lsp() {
        InputStream brokenInput = new InputStream() {
            @Override
            public int read() {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        int code = new LspCommand().serve(brokenInput, OutputStream.nullOutputStream(), new String[0]);
        assertEquals(2, code, "exit code");
        assertMessage("lsp", null);
    }

    private void assertFailed(String command, Path file, IApplication application, String... args) throws Exception {
        Object code = application.start(new LaunchContext(args));
        assertEquals(2, code, "exit code of " + command + "; standard error: " + err);
        assertMessage(command, file);
    }

    private void assertMessage(String command, Path file) {
        String said = err.toString(StandardCharsets.UTF_8);
        String[] lines = said.strip().split("\n");
        String line = lines[lines.length - 1];
        Path log = folder.resolve("state/bondgenoot.log");
        assertTrue(line.startsWith("bondgenoot " + command + ": interne fout"), said);
        assertTrue(line.contains("OutOfMemoryError") && line.contains("het geheugen van Java is vol"), line);
        assertTrue(line.endsWith("de details staan in " + log), line);
        if (file != null) {
            assertTrue(line.contains("bij het verwerken van " + file), line);
        }
        assertFalse(said.contains("\tat "), "no stack trace for the user: " + said);
        try {
            String logged = Files.readString(log);
            assertTrue(logged.contains("bondgenoot " + command) && logged.contains("java.lang.OutOfMemoryError"), logged);
        } catch (IOException e) {
            throw new AssertionError("no log at " + log, e);
        }
    }

    /** Standard output that fails as a full heap would. */
    private static final class OutOfMemory extends OutputStream {
        @Override
        public void write(int b) {
            throw new OutOfMemoryError("Java heap space");
        }

        @Override
        public void write(byte[] b, int off, int len) {
            throw new OutOfMemoryError("Java heap space");
        }
    }
}
