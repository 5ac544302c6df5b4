package nl.bondgenoot.launcher;

import java.nio.file.Path;

/**
 * The folder where the product keeps its log and caches. The {@code bondgenoot} script chooses it
 * (XDG state folder, or a private folder under /tmp when that cannot be written) and passes it as
 * {@value #PROPERTY}; started otherwise (tests, the OSGi product by hand) the temporary folder is used.
 */
public final class StateFolder {

    public static final String PROPERTY = "bondgenoot.state";

    private StateFolder() {
    }

    public static Path get() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "bondgenoot-" + System.getProperty("user.name"));
    }

    /** The log of internal errors: what the one-line message on standard error refers to. */
    public static Path log() {
        return get().resolve("bondgenoot.log");
    }
}
