package nl.bondgenoot.diagram.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `bondgenoot export` writes only what the user asked to write: never onto a model, agenda, notation
 * or profile (also not through a linked folder), never onto a device, FIFO or read-only file, an
 * existing picture only when asked; `--uit -` is standard output. Reading is as careful: a notation
 * that is a FIFO or a link to /dev/zero is refused, not read. The hostile files are made here.
 */
class ExportTargetTest {

    @TempDir
    Path folder;

    private Path model;
    private byte[] modelBytes;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copyExample() throws Exception {
        model = folder.resolve("p").resolve("m.bondgenoot");
        Files.createDirectories(model.getParent());
        Files.copy(SvgDocuments.root().resolve("examples/netwerken/ok-team-kamperpoort.bondgenoot"), model);
        modelBytes = Files.readAllBytes(model);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CommandLineRun.export(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    private String err() {
        return StandardError.withoutLeftOutDescriptions(err.toString(StandardCharsets.UTF_8));
    }

    private void refusedOnto(Path target, String reason) throws Exception {
        boolean existed = Files.exists(target);
        byte[] before = existed && Files.isRegularFile(target) ? Files.readAllBytes(target) : null;
        assertEquals(2, run(model.toString(), "--format", "png", "--uit", target.toString()), err());
        assertTrue(err().startsWith("bondgenoot export: " + target + ": " + reason), err());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertArrayEquals(modelBytes, Files.readAllBytes(model), "the model is untouched");
        if (before != null) {
            assertArrayEquals(before, Files.readAllBytes(target), "the target is untouched");
        }
    }

    @Test
    void neverOntoTheModelThroughALinkedFolder() throws Exception {
        Path q = Files.createSymbolicLink(folder.resolve("q"), Path.of("p"));
        refusedOnto(q.resolve("m.bondgenoot"), "is het model zelf");
        refusedOnto(Files.createSymbolicLink(folder.resolve("kaart.png"), model), "is het model zelf");
    }

    @Test
    void neverOntoAnotherModelAgendaNotationOrProfile() throws Exception {
        for (String name : new String[] { "ander.bondgenoot", "wijk.agenda", "m.netwerkkaart", "ander.netwerkkaart", "bondgenoot.profiel" }) {
            Path file = Files.writeString(model.resolveSibling(name), "werk van de gebruiker");
            refusedOnto(file, "is een Bondgenoot-bestand");
        }
        Path hidden = Files.createSymbolicLink(folder.resolve("plaatje.png"), model.resolveSibling("wijk.agenda"));
        refusedOnto(hidden, "is een Bondgenoot-bestand");
        assertFalse(Files.exists(folder.resolve("nieuw.agenda")));
        refusedOnto(folder.resolve("nieuw.agenda"), "is een Bondgenoot-bestand");
        assertFalse(Files.exists(folder.resolve("nieuw.agenda")));
    }

    @Test
    void anExistingPictureIsReplacedOnlyWhenAsked() throws Exception {
        Path picture = Files.writeString(folder.resolve("kaart.png"), "oud plaatje");
        refusedOnto(picture, "bestaat al; geef --overschrijven om het te vervangen");
        assertEquals(0, run(model.toString(), "--uit", picture.toString(), "--overschrijven", "--schaal", "1"), err());
        assertTrue(Files.size(picture) > 1000);

        Path beside = Files.writeString(model.resolveSibling("m.svg"), "oud");
        assertEquals(0, run(model.toString(), "--format", "svg"), err());
        assertTrue(Files.readString(beside).startsWith("<?xml"), "the default target beside the model is replaced");
        Files.writeString(beside, "oud");
        assertEquals(0, run(model.toString(), "--uit", beside.toString()), err());
        assertTrue(Files.readString(beside).startsWith("<?xml"), "also when --uit names it");
    }

    @Test
    void dashIsStandardOutput() throws Exception {
        assertEquals(0, run(model.toString(), "--format", "svg", "--uit", "-"), err());
        String svg = out.toString(StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<?xml") && svg.trim().endsWith("</svg>"), svg.length() > 80 ? svg.substring(0, 80) : svg);
        assertFalse(Files.exists(Path.of("-")), "no file named '-'");
        assertEquals("", err());
    }

    @Test
    void neverReplacesADeviceAFifoOrAReadOnlyFile() throws Exception {
        Path stdout = Files.createSymbolicLink(folder.resolve("uit.png"), Path.of("/proc/self/fd/1"));
        refusedOnto(stdout, "is geen gewoon bestand");
        assertTrue(Files.isSymbolicLink(stdout));
        Path fifo = folder.resolve("pijp.png");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        refusedOnto(fifo, "is geen gewoon bestand");
        assertFalse(Files.isRegularFile(fifo));
        Path readOnly = Files.writeString(folder.resolve("vast.png"), "alleen lezen");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        refusedOnto(readOnly, "is alleen-lezen");
        assertEquals(2, run(model.toString(), "--uit", readOnly.toString(), "--overschrijven"));
        assertEquals("alleen lezen", Files.readString(readOnly), "--overschrijven does not override the permission");
        assertFalse(Files.exists(folder.resolve("weg")));
        refusedOnto(Files.createSymbolicLink(folder.resolve("nergens.png"), folder.resolve("weg/x.png")), "is een verwijzing naar een bestand dat niet bestaat");
    }

    @Test
    void aNotationThatIsAFifoOrALinkToDevZeroIsNotRead() throws Exception {
        Path notation = model.resolveSibling("m.netwerkkaart");
        assertEquals(0, new ProcessBuilder("mkfifo", notation.toString()).start().waitFor());
        assertEquals(0, run(model.toString(), "--format", "svg"), err());
        assertTrue(err().contains("waarschuwing: " + notation + ": ") && err().contains("is geen gewoon bestand"), err());
        Files.delete(notation);
        Files.createSymbolicLink(notation, Path.of("/dev/zero"));
        assertEquals(0, run(model.toString(), "--format", "svg", "--uit", folder.resolve("z.svg").toString()), err());
        assertTrue(err().contains("is geen gewoon bestand"), err());
        assertTrue(Files.isSymbolicLink(notation));
    }
}
