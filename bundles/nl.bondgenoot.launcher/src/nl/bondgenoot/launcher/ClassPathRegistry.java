package nl.bondgenoot.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.IRegistryProvider;
import org.eclipse.core.runtime.spi.RegistryContributor;

/**
 * The Equinox extension registry without OSGi: the {@code plugin.xml} and {@code fragment.xml} of every
 * bundle on the class path, contributed under the bundle's symbolic name (a fragment's under its host,
 * as OSGi does), with {@code %key} texts from the bundle's localization. Installed as the default
 * registry, so {@code RegistryFactory.getRegistry()} answers the same contributions as in the product;
 * read on first use only (a command that needs no extension reads nothing).
 */
public final class ClassPathRegistry implements IRegistryProvider {

    private final List<Path> classPath;
    private final Object token = new Object();
    private IExtensionRegistry registry;

    /** The registry of these class path entries (jars or folders; what is no bundle contributes nothing). */
    public ClassPathRegistry(List<Path> classPath) {
        this.classPath = List.copyOf(classPath);
    }

    /** Makes the registry of this JVM's class path the default one. */
    static void install() throws CoreException {
        List<Path> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!e.isEmpty()) {
                entries.add(Path.of(e));
            }
        }
        RegistryFactory.setDefaultRegistryProvider(new ClassPathRegistry(entries));
    }

    @Override
    public synchronized IExtensionRegistry getRegistry() {
        if (registry == null) {
            registry = read();
        }
        return registry;
    }

    private IExtensionRegistry read() {
        IExtensionRegistry r = RegistryFactory.createRegistry(null, token, token);
        for (Path entry : classPath) {
            try (BundleEntry bundle = BundleEntry.open(entry)) {
                if (bundle != null) {
                    bundle.contribute(r, token);
                }
            } catch (IOException | RuntimeException e) {
                // A broken jar must not take the other contributions down; say which one was skipped.
                System.err.println("Bondgenoot: de bijdragen van " + entry + " zijn overgeslagen: " + e.getMessage());
            }
        }
        return r;
    }

    /** One class path entry (a jar or a folder) that is a bundle: its manifest and its contribution files. */
    private abstract static class BundleEntry implements AutoCloseable {

        static BundleEntry open(Path entry) throws IOException {
            if (Files.isDirectory(entry)) {
                return new FolderBundle(entry).ifBundle();
            }
            if (Files.isRegularFile(entry)) {
                return new JarBundle(new JarFile(entry.toFile(), false)).ifBundle();
            }
            return null;
        }

        abstract InputStream stream(String name) throws IOException;

        @Override
        public void close() throws IOException {
        }

        private Attributes headers;

        BundleEntry ifBundle() throws IOException {
            try (InputStream in = stream("META-INF/MANIFEST.MF")) {
                if (in == null) {
                    close();
                    return null;
                }
                headers = new Manifest(in).getMainAttributes();
            }
            if (symbolicName(headers.getValue("Bundle-SymbolicName")) == null) {
                close();
                return null;
            }
            return this;
        }

        void contribute(IExtensionRegistry registry, Object token) throws IOException {
            String name = symbolicName(headers.getValue("Bundle-SymbolicName"));
            String host = symbolicName(headers.getValue("Fragment-Host"));
            for (String file : new String[] { "plugin.xml", "fragment.xml" }) {
                try (InputStream xml = stream(file)) {
                    if (xml == null) {
                        continue;
                    }
                    RegistryContributor contributor = new RegistryContributor(name, name, host, host);
                    registry.addContribution(xml, contributor, false, name + "/" + file, translations(), token);
                }
            }
        }

        /** The bundle's %key texts (Bundle-Localization, default OSGI-INF/l10n/bundle), for the default locale. */
        private ResourceBundle translations() throws IOException {
            String base = headers.getValue("Bundle-Localization");
            base = base == null ? "OSGI-INF/l10n/bundle" : base.trim();
            Locale locale = Locale.getDefault();
            for (String suffix : new String[] { "_" + locale, "_" + locale.getLanguage(), "" }) {
                InputStream in = stream(base + suffix + ".properties");
                if (in != null) {
                    try (in) {
                        return new Translations(in);
                    }
                }
            }
            return null;
        }

        private static String symbolicName(String header) {
            if (header == null) {
                return null;
            }
            int semicolon = header.indexOf(';');
            String name = (semicolon < 0 ? header : header.substring(0, semicolon)).trim();
            return name.isEmpty() ? null : name;
        }
    }

    /** A bundle's %key texts; a key without text stays itself, as in OSGi (no contribution is lost over it). */
    private static final class Translations extends ResourceBundle {
        private final PropertyResourceBundle texts;

        Translations(InputStream in) throws IOException {
            texts = new PropertyResourceBundle(in);
        }

        @Override
        protected Object handleGetObject(String key) {
            return texts.containsKey(key) ? texts.getObject(key) : key;
        }

        @Override
        public java.util.Enumeration<String> getKeys() {
            return texts.getKeys();
        }
    }

    private static final class JarBundle extends BundleEntry {
        private final JarFile jar;

        JarBundle(JarFile jar) {
            this.jar = jar;
        }

        @Override
        InputStream stream(String name) throws IOException {
            ZipEntry entry = jar.getEntry(name);
            return entry == null ? null : jar.getInputStream(entry);
        }

        @Override
        public void close() throws IOException {
            jar.close();
        }
    }

    private static final class FolderBundle extends BundleEntry {
        private final Path folder;

        FolderBundle(Path folder) {
            this.folder = folder;
        }

        @Override
        InputStream stream(String name) throws IOException {
            Path file = folder.resolve(name);
            return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
        }
    }
}
