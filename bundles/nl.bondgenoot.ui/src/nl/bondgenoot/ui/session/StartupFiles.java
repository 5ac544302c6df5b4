package nl.bondgenoot.ui.session;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.model.persistence.BondgenootFiles;

/**
 * Picks the model and agenda files out of the application arguments. The launcher passes every
 * argument it does not know on to us (test harness options too), so only existing *.bondgenoot and
 * *.agenda files count.
 */
public final class StartupFiles {

    static final List<String> EXTENSIONS = List.of("." + BondgenootFiles.MODEL_EXTENSION, "." + BondgenootFiles.AGENDA_EXTENSION);

    private StartupFiles() {
    }

    public static List<Path> select(String[] args) {
        List<Path> files = new ArrayList<>();
        if (args == null) {
            return files;
        }
        for (String arg : args) {
            if (arg == null || EXTENSIONS.stream().noneMatch(arg::endsWith)) {
                continue;
            }
            try {
                Path file = Path.of(arg);
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            } catch (InvalidPathException e) {
                // not a path on this system, so not a file we could open
            }
        }
        return files;
    }
}
