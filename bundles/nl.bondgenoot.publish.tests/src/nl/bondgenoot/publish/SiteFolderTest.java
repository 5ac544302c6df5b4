package nl.bondgenoot.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The target folder: only a new, empty or earlier publication is written; the user's other folders are never touched. */
class SiteFolderTest {

    @TempDir
    Path temp;

    private Path project() throws IOException {
        Path project = Files.createDirectories(temp.resolve("project"));
        Files.copy(PublisherTest.ROOT.resolve("examples/skelet/kamperpoort-kern.bondgenoot"), project.resolve("kern.bondgenoot"));
        return project;
    }

    @Test
    void aFolderWithOtherFilesIsRefusedAndLeftAsItWas() throws IOException {
        Path project = project();
        Path folder = Files.createDirectories(temp.resolve("documenten"));
        Files.writeString(folder.resolve("brief.txt"), "van de gebruiker");
        PublishException refused = assertThrows(PublishException.class, () -> Publisher.publish(project, folder));
        assertTrue(refused.getMessage().contains("bestaat al en is geen eerdere publicatie van Bondgenoot"), refused.getMessage());
        assertEquals("van de gebruiker", Files.readString(folder.resolve("brief.txt")));
        assertEquals(1, count(folder));
        assertEquals(java.util.List.of("documenten", "project"), names(temp), "no working folder is left behind");
    }

    @Test
    void theProjectFolderItselfIsRefused() throws IOException {
        Path project = project();
        PublishException refused = assertThrows(PublishException.class, () -> Publisher.publish(project, project));
        assertTrue(refused.getMessage().startsWith(project.toString()), refused.getMessage());
        assertEquals(1, count(project));
    }

    @Test
    void aFileIsRefused() throws IOException {
        Path project = project();
        Path file = Files.writeString(temp.resolve("site"), "x");
        PublishException refused = assertThrows(PublishException.class, () -> Publisher.publish(project, file));
        assertTrue(refused.getMessage().contains("is een bestand, geen map"), refused.getMessage());
    }

    @Test
    void anEarlierPublicationIsReplacedWhole() throws IOException, PublishException {
        Path project = project();
        Path site = temp.resolve("site");
        Publisher.publish(project, site);
        Files.writeString(site.resolve("oud-bestand.html"), "van de vorige keer");
        Files.move(project.resolve("kern.bondgenoot"), project.resolve("hernoemd.bondgenoot"));
        Publisher.publish(project, site);
        assertFalse(Files.exists(site.resolve("oud-bestand.html")), "what the earlier publication held is gone");
        assertTrue(Files.isDirectory(site.resolve("modellen/hernoemd")));
        assertFalse(Files.exists(site.resolve("modellen/kern")));
        assertEquals(java.util.List.of("project", "site"), names(temp), "no working or old folder is left behind");
    }

    @Test
    void anEmptyFolderIsWritten() throws IOException, PublishException {
        Path site = Files.createDirectories(temp.resolve("leeg"));
        Publisher.publish(project(), site);
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
    }

    @Test
    void aProjectWithoutModelsOrAgendasIsRefused() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("leeg-project"));
        PublishException refused = assertThrows(PublishException.class, () -> Publisher.publish(empty, temp.resolve("site")));
        assertTrue(refused.getMessage().contains("bevat geen modellen"), refused.getMessage());
        assertFalse(Files.exists(temp.resolve("site")));
    }

    @Test
    void anUnreadableModelIsSaidOnItsPageAndTheRestIsPublished() throws IOException, PublishException {
        Path project = project();
        Files.writeString(project.resolve("kapot.bondgenoot"), "<?xml version=\"1.0\"?>\n<niet-af");
        Publisher.Result result = Publisher.publish(project, temp.resolve("site"));
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().get(0).startsWith("kapot.bondgenoot"), result.warnings().get(0));
        String page = Files.readString(temp.resolve("site/modellen/kapot/index.html"));
        assertTrue(page.contains("Dit bestand kan niet worden gelezen"), page);
        assertTrue(Files.isDirectory(temp.resolve("site/modellen/kern")));
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static java.util.List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
