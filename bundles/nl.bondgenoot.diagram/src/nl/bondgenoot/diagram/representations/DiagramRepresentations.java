package nl.bondgenoot.diagram.representations;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

import nl.bondgenoot.representation.Description;
import nl.bondgenoot.representation.DescriptionException;
import nl.bondgenoot.representation.DescriptionProblem;
import nl.bondgenoot.representation.RepresentationReader;
import nl.bondgenoot.representation.Representations;
import nl.bondgenoot.representation.description.Representation;
import nl.bondgenoot.representation.table.TableDescription;

/**
 * Every representation the product can show, diagrams and tables: the built-in descriptions and those
 * plug-ins contribute through {@value #EXTENSION_POINT}. Read once; a contributed description with problems is left out
 * and its problems kept (file:line: message) for the front ends to show, so it never breaks another.
 */
public final class DiagramRepresentations {

    public static final String EXTENSION_POINT = "nl.bondgenoot.diagram.representations";

    private static volatile DiagramRepresentations instance;

    private final Map<String, Representation> byId = new LinkedHashMap<>();
    private final Map<String, TableDescription> tablesById = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private DiagramRepresentations() {
        Representations.builtIn().forEach(r -> byId.put(r.id(), r));
        Representations.builtInTables().forEach(t -> tablesById.put(t.id(), t));
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return;
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            String file = element.getAttribute("bestand");
            String name = contributor + "/" + file;
            try {
                Description read = RepresentationReader.readDescription(BundleFiles.read(contributor, file), name);
                if (byId.containsKey(read.id()) || tablesById.containsKey(read.id())) {
                    problems.add(name + ": er is al een weergave met id '" + read.id() + "'; deze wordt niet gebruikt");
                } else if (read instanceof TableDescription table) {
                    tablesById.put(table.id(), table);
                } else {
                    byId.put(read.id(), (Representation) read);
                }
            } catch (DescriptionException e) {
                e.problems().stream().map(DescriptionProblem::toString).forEach(problems::add);
            } catch (IOException | RuntimeException e) {
                problems.add(name + ": kan de beschrijving niet lezen (" + e.getMessage() + ")");
            }
        }
    }

    public static DiagramRepresentations get() {
        DiagramRepresentations result = instance;
        if (result == null) {
            synchronized (DiagramRepresentations.class) {
                if (instance == null) {
                    instance = new DiagramRepresentations();
                }
                result = instance;
            }
        }
        return result;
    }

    /** Every usable representation, the built-in ones first. */
    public List<Representation> all() {
        return List.copyOf(byId.values());
    }

    /**
     * The representations that draw the model of this file, as its description's {@code bestandssoorten}
     * say: a model file is offered the netwerkkaart and the others for models, an agenda the Agendaketen
     * and contributed ones for agendas.
     */
    public List<Representation> forFile(java.nio.file.Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return byId.values().stream().filter(r -> r.appliesTo(name)).toList();
    }

    /** The representations for one kind of file, by its extension ("bondgenoot", "agenda"). */
    public List<Representation> forFileKind(String extension) {
        return byId.values().stream().filter(r -> r.bestandssoorten().contains(extension)).toList();
    }

    public Optional<Representation> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every usable table representation, the built-in ones first. */
    public List<TableDescription> tables() {
        return List.copyOf(tablesById.values());
    }

    public Optional<TableDescription> findTable(String id) {
        return Optional.ofNullable(tablesById.get(id));
    }

    /** The description a view names, or the netwerkkaart when it is not installed (a plug-in removed). */
    public static Representation forView(nl.bondgenoot.diagram.notation.Notation view) {
        return get().find(view.representation()).orElse(Representations.netwerkkaart());
    }

    /** The problems of the contributed descriptions that were left out, as file:line: message. */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** A file in a plug-in or one of its fragments, in OSGi or on the fast launch's class path. */
    static final class BundleFiles {

        private BundleFiles() {
        }

        static String read(String bundle, String path) throws IOException {
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
}
