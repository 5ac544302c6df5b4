package nl.bondgenoot.model.extensions;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** A file in a plug-in or one of its fragments, in OSGi or on the fast launch's class path. */
public final class BundleFiles {

    private BundleFiles() {
    }

    /** The file as UTF-8 text; an IOException when the plug-in (or a fragment of it) does not hold it. */
    public static String read(String bundle, String path) throws IOException {
        URL url = find(bundle, path);
        if (url == null) {
            throw new IOException("het bestand staat niet in de plug-in");
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static URL find(String bundle, String path) throws IOException {
        org.osgi.framework.Bundle osgi = osgiBundle(bundle);
        if (osgi != null) {
            return org.eclipse.core.runtime.FileLocator.find(osgi, new org.eclipse.core.runtime.Path(path), null);
        }
        // Fast launch: the bundles are jars or folders on the class path; take the one of this
        // bundle or of a fragment of it.
        for (URL url : Collections.list(ClassLoader.getSystemClassLoader().getResources(path))) {
            if (belongsTo(url, path, bundle)) {
                return url;
            }
        }
        return null;
    }

    private static org.osgi.framework.Bundle osgiBundle(String bundle) {
        try {
            return org.eclipse.core.runtime.Platform.isRunning() ? org.eclipse.core.runtime.Platform.getBundle(bundle) : null;
        } catch (LinkageError | RuntimeException e) { // the fast launch has no OSGi framework
            return null;
        }
    }

    private static boolean belongsTo(URL url, String path, String bundle) throws IOException {
        String text = url.toString();
        Manifest manifest;
        if (text.startsWith("jar:file:")) {
            try (JarFile jar = new JarFile(java.nio.file.Path.of(java.net.URI.create(text.substring(4, text.indexOf("!/")))).toFile())) {
                manifest = jar.getManifest();
            }
        } else if (text.startsWith("file:")) {
            java.nio.file.Path root = java.nio.file.Path.of(java.net.URI.create(text.substring(0, text.length() - path.length())));
            try (InputStream in = java.nio.file.Files.newInputStream(root.resolve("META-INF/MANIFEST.MF"))) {
                manifest = new Manifest(in);
            }
        } else {
            return false;
        }
        if (manifest == null) {
            return false;
        }
        return bundle.equals(name(manifest.getMainAttributes().getValue("Bundle-SymbolicName")))
                || bundle.equals(name(manifest.getMainAttributes().getValue("Fragment-Host")));
    }

    private static String name(String header) {
        return header == null ? null : header.split(";")[0].trim();
    }
}
