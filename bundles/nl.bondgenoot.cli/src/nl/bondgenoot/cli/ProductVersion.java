package nl.bondgenoot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The version {@code bondgenoot --version} says: this bundle's Bundle-Version as the build stamped it (the
 * product and its bundles are built and versioned together), read from the jar or folder this class came
 * from, the same in the fast launch and in OSGi.
 */
final class ProductVersion {

    private ProductVersion() {
    }

    static String get() {
        try {
            CodeSource source = ProductVersion.class.getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            if (location != null && "file".equals(location.getProtocol())) {
                Path path = Path.of(location.toURI());
                Manifest manifest = manifest(path);
                String version = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
                if (version != null) {
                    return version.strip();
                }
            }
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            // said below
        }
        return "(versie onbekend)";
    }

    private static Manifest manifest(Path location) throws IOException {
        if (Files.isRegularFile(location)) {
            try (JarFile jar = new JarFile(location.toFile(), false)) {
                return jar.getManifest();
            }
        }
        Path file = location.resolve("META-INF/MANIFEST.MF");
        if (!Files.isRegularFile(file)) {
            file = location.getParent() == null ? file : location.getParent().resolve("META-INF/MANIFEST.MF");
        }
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new Manifest(in);
        }
    }
}
