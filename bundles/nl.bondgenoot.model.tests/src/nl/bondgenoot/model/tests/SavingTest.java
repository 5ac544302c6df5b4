package nl.bondgenoot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.AtomicWrite;
import nl.bondgenoot.model.persistence.FileChangedException;
import nl.bondgenoot.model.persistence.FileVersion;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;
import nl.bondgenoot.model.persistence.ReadOnlyFileException;
import nl.bondgenoot.model.persistence.UnusableFileException;

/**
 * What a save does besides writing the content: it refuses to overwrite a file that changed since
 * it was read, writes through links, keeps the mode, respects read-only files, cleans up what a
 * killed save left, and writes several files as one unit. The hostile files are made here.
 */
class SavingTest {

    @TempDir
    Path tmp;

    private Path model;

    @BeforeEach
    void copyExample() throws IOException {
        model = tmp.resolve("m.bondgenoot");
        Files.copy(Examples.root().resolve("examples/netwerken/netwerk-welzijn-versterkt.bondgenoot"), model);
    }

    private static void rename(Governancemodel model, String naam) {
        model.getActoren().get(0).setNaam(naam);
    }

    private String firstActor() throws Exception {
        return ModelFiles.load(model).getActoren().get(0).getNaam();
    }

    @Test
    void twoEditorsOfOneFileNeverOverwriteEachOther() throws Exception {
        Governancemodel a = ModelFiles.load(model);
        Governancemodel b = ModelFiles.load(model);
        rename(a, "Door A");
        ModelFiles.save(a.eResource());
        rename(b, "Door B");
        FileChangedException refused = assertThrows(FileChangedException.class, () -> ModelFiles.save(b.eResource()));
        assertTrue(refused.toUserMessage().startsWith(model + ": is na het openen gewijzigd"), refused.toUserMessage());
        assertTrue(refused.getMessage().contains("Herlaad het bestand") && refused.getMessage().contains("nieuw bestand"));
        assertEquals("Door A", firstActor(), "A's change is kept");

        rename(a, "Weer door A");
        ModelFiles.save(a.eResource()); // A saved last: its next save goes on
        assertEquals("Weer door A", firstActor());
    }

    @Test
    void aFileChangedOrDeletedOnDiskIsNotOverwritten() throws Exception {
        Governancemodel opened = ModelFiles.load(model);
        String edited = Files.readString(model).replace("naam=\"", "naam=\"Extern ");
        Files.writeString(model, edited);
        rename(opened, "Binnen");
        assertThrows(FileChangedException.class, () -> ModelFiles.save(opened.eResource()));
        assertEquals(edited, Files.readString(model));

        Files.delete(model);
        FileChangedException deleted = assertThrows(FileChangedException.class, () -> ModelFiles.save(opened.eResource()));
        assertTrue(deleted.getMessage().contains("verwijderd of verplaatst"), deleted.getMessage());
        assertFalse(Files.exists(model));
    }

    @Test
    void aSaveThroughASymbolicLinkWritesItsTarget() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("link.bondgenoot"), model.getFileName());
        Governancemodel opened = ModelFiles.load(link);
        rename(opened, "Via de link");
        ModelFiles.save(opened.eResource());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("Via de link", firstActor(), "its target has the new content");
    }

    @Test
    void aSaveKeepsTheModeOfTheFile() throws Exception {
        Files.setPosixFilePermissions(model, PosixFilePermissions.fromString("rw-rw-r--"));
        Governancemodel opened = ModelFiles.load(model);
        rename(opened, "Zelfde rechten");
        ModelFiles.save(opened.eResource());
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(model)));
        assertEquals("Zelfde rechten", firstActor());
    }

    @Test
    void aReadOnlyModelIsNotOverwrittenAlsoNotByRoot() throws Exception {
        byte[] before = Files.readAllBytes(model);
        Files.setPosixFilePermissions(model, PosixFilePermissions.fromString("r--r--r--"));
        Governancemodel opened = ModelFiles.load(model);
        rename(opened, "Toch");
        ReadOnlyFileException refused = assertThrows(ReadOnlyFileException.class, () -> ModelFiles.save(opened.eResource()));
        assertTrue(refused.getMessage().startsWith("is alleen-lezen"), refused.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(model)));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(model)));
    }

    @Test
    void temporaryFilesOfKilledSavesAreRemovedAtTheNextSave() throws Exception {
        Path killedOld = Files.writeString(tmp.resolve(".m.bondgenoot8512734.tmp"), "half"); // as saves named them before
        Path killed = Files.writeString(tmp.resolve(".m.bondgenoot.77123.tmp"), "half");
        Path otherFile = Files.writeString(tmp.resolve(".ander.bondgenoot.5.tmp"), "van een ander bestand");
        Path running = Files.writeString(tmp.resolve(".m.bondgenoot.99.tmp"), "een save die nog loopt");
        Governancemodel opened = ModelFiles.load(model);
        rename(opened, "Opgeruimd");
        try (FileChannel channel = FileChannel.open(running, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            ModelFiles.save(opened.eResource());
        }
        assertFalse(Files.exists(killedOld));
        assertFalse(Files.exists(killed));
        assertTrue(Files.exists(running), "a temporary file that a running save holds stays");
        assertTrue(Files.exists(otherFile), "only this file's temporary files go");
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(".ander.bondgenoot.5.tmp", ".m.bondgenoot.99.tmp", "m.bondgenoot"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aUnitIsWrittenWhollyOrNotAtAll() throws Exception {
        Path other = Files.writeString(tmp.resolve("m.netwerkkaart"), "oud");
        byte[] before = Files.readAllBytes(model);
        Governancemodel opened = ModelFiles.load(model);
        rename(opened, "Half");
        IOException failed = assertThrows(IOException.class, () -> ModelFiles.save(opened.eResource(),
                List.of(new AtomicWrite.Part(other, FileVersion.current(other), out -> {
                    out.write("{ half".getBytes());
                    throw new IOException("schijf vol");
                }))));
        assertEquals("schijf vol", failed.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(model)), "the model is not replaced when its companion fails");
        assertEquals("oud", Files.readString(other));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(2, files.count(), "no temporary file left");
        }

        ModelFiles.save(opened.eResource(), List.of(new AtomicWrite.Part(other, FileVersion.current(other),
                out -> out.write("nieuw".getBytes()))));
        assertEquals("Half", firstActor());
        assertEquals("nieuw", Files.readString(other));
    }

    @Test
    void aFifoOrALinkToADeviceIsNotReadAsAModel() throws Exception {
        Path fifo = tmp.resolve("fifo.bondgenoot");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Path zero = Files.createSymbolicLink(tmp.resolve("nul.bondgenoot"), Path.of("/dev/zero"));
        for (Path file : List.of(fifo, zero)) {
            ModelLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> assertThrows(ModelLoadException.class, () -> ModelFiles.load(file)));
            assertTrue(e.getMessage().startsWith("is geen gewoon bestand maar een "), e.getMessage());
        }
    }

    @Test
    void aSaveOntoAFifoIsRefused() throws Exception {
        Governancemodel opened = ModelFiles.load(model);
        Files.delete(model);
        assertEquals(0, new ProcessBuilder("mkfifo", model.toString()).start().waitFor());
        UnusableFileException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(UnusableFileException.class, () -> ModelFiles.save(opened.eResource())));
        assertTrue(e.getMessage().startsWith("is geen gewoon bestand"), e.getMessage());
        assertFalse(Files.isRegularFile(model), "the FIFO is still there");
    }

    @Test
    void saveAsWritesACopyAndLeavesTheChangedFileAlone() throws Exception {
        Governancemodel opened = ModelFiles.load(model);
        String elsewhere = Files.readString(model).replace("naam=\"", "naam=\"Extern ");
        Files.writeString(model, elsewhere);
        rename(opened, "Mijn versie");
        assertThrows(FileChangedException.class, () -> ModelFiles.save(opened.eResource()));

        Path copy = tmp.resolve("mijn-versie.bondgenoot");
        ModelFiles.saveCopy(opened.eResource(), copy, List.of());
        assertEquals("Mijn versie", ModelFiles.load(copy).getActoren().get(0).getNaam());
        assertEquals(elsewhere, Files.readString(model), "the other version stays");
        assertThrows(FileChangedException.class, () -> ModelFiles.save(opened.eResource()), "still the model of its own file");
        Path folder = Files.createDirectory(tmp.resolve("map"));
        assertThrows(UnusableFileException.class, () -> ModelFiles.saveCopy(opened.eResource(), folder, List.of()));
    }
}
