package nl.bondgenoot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.ui.session.StartupFiles;

/** Which command-line arguments the workbench opens at startup. */
class StartupFilesTest {

    @TempDir
    Path tmp;

    @Test
    void onlyExistingModelFilesAreOpened() throws Exception {
        Path model = Files.writeString(tmp.resolve("a.bondgenoot"), "");
        Path other = Files.writeString(tmp.resolve("b.txt"), "");
        Path folder = Files.createDirectory(tmp.resolve("map.bondgenoot"));
        String[] args = { "-showlocation", model.toString(), other.toString(), folder.toString(),
                tmp.resolve("ontbreekt.bondgenoot").toString(), "\u0000.bondgenoot" };

        assertEquals(List.of(model), StartupFiles.select(args));
    }

    @Test
    void noArgumentsMeansNothingToOpen() {
        assertEquals(List.of(), StartupFiles.select(null));
        assertEquals(List.of(), StartupFiles.select(new String[0]));
    }
}
