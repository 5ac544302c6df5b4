package nl.bondgenoot.launcher.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What the planner needs to know of one installed bundle (a jar or a folder in plugins/). */
record Bundle(String name, Version version, Path location, String host, List<Clause> requires,
        List<Clause> imports, List<Clause> exports, List<String> servicesProvided, List<String> servicesRequired,
        List<String> classPath, List<String> applications, List<String> commands, Extensions extensions) {

    /** The extension points a bundle declares (full ids) and those it contributes to. */
    record Extensions(List<String> declared, List<String> used) {
    }

    private static final Pattern SERVICE = Pattern.compile("\\(osgi\\.serviceloader=([^)]+)\\)");

    static Bundle read(Path location) throws IOException {
        Attributes h;
        List<Element> extensionElements = new ArrayList<>();
        List<Element> pointElements = new ArrayList<>();
        if (Files.isDirectory(location)) {
            Path manifest = location.resolve("META-INF/MANIFEST.MF");
            if (!Files.isRegularFile(manifest)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(manifest)) {
                h = new Manifest(in).getMainAttributes();
            }
            for (String file : CONTRIBUTIONS) {
                Path xml = location.resolve(file);
                try (InputStream in = Files.isRegularFile(xml) ? Files.newInputStream(xml) : null) {
                    elements(in, extensionElements, pointElements);
                }
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile(), false)) {
                Manifest manifest = jar.getManifest();
                if (manifest == null) {
                    return null;
                }
                h = manifest.getMainAttributes();
                for (String file : CONTRIBUTIONS) {
                    ZipEntry xml = jar.getEntry(file);
                    try (InputStream in = xml == null ? null : jar.getInputStream(xml)) {
                        elements(in, extensionElements, pointElements);
                    }
                }
            }
        }
        List<Clause> name = Clause.parse(h.getValue("Bundle-SymbolicName"));
        if (name.isEmpty()) {
            return null;
        }
        List<Clause> host = Clause.parse(h.getValue("Fragment-Host"));
        // Extension ids without a dot belong to the bundle's namespace (a fragment's: its host's).
        String namespace = host.isEmpty() ? name.get(0).name() : host.get(0).name();
        List<String> applications = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (Element e : extensionElements) {
            used.add(e.getAttribute("point"));
            if (APPLICATIONS.equals(e.getAttribute("point")) && !e.getAttribute("id").isEmpty()) {
                applications.add(qualified(namespace, e.getAttribute("id")));
            }
            if (COMMANDS.equals(e.getAttribute("point"))) {
                NodeList c = e.getElementsByTagName("command");
                for (int i = 0; i < c.getLength(); i++) {
                    String command = ((Element) c.item(i)).getAttribute("name").strip();
                    if (!command.isEmpty()) {
                        commands.add(command);
                    }
                }
            }
        }
        List<String> declared = pointElements.stream().map(e -> qualified(namespace, e.getAttribute("id"))).toList();
        List<String> provided = new ArrayList<>();
        for (Clause c : Clause.parse(h.getValue("Provide-Capability"))) {
            if (c.name().equals("osgi.serviceloader") && c.get("osgi.serviceloader") != null) {
                provided.add(c.get("osgi.serviceloader"));
            }
        }
        List<String> required = new ArrayList<>();
        for (Clause c : Clause.parse(h.getValue("Require-Capability"))) {
            if (c.name().equals("osgi.serviceloader") && c.get("filter:") != null) {
                Matcher m = SERVICE.matcher(c.get("filter:"));
                if (m.find()) {
                    required.add(m.group(1));
                }
            }
        }
        List<String> classPath = new ArrayList<>();
        for (Clause c : Clause.parse(h.getValue("Bundle-ClassPath"))) {
            classPath.add(c.name());
        }
        if (classPath.isEmpty()) {
            classPath.add(".");
        }
        String bsn = name.get(0).name();
        return new Bundle(bsn, Version.parse(h.getValue("Bundle-Version")), location,
                host.isEmpty() ? null : host.get(0).name(), Clause.parse(h.getValue("Require-Bundle")),
                Clause.parse(h.getValue("Import-Package")), Clause.parse(h.getValue("Export-Package")), provided,
                required, classPath, applications, commands, new Extensions(declared, used));
    }

    static final String APPLICATIONS = "org.eclipse.core.runtime.applications";
    /** The command line's extension point (nl.bondgenoot.cli): each {@code <command name="...">} is a command. */
    static final String COMMANDS = "nl.bondgenoot.cli.commands";
    private static final String[] CONTRIBUTIONS = { "plugin.xml", "fragment.xml" };

    private static String qualified(String namespace, String id) {
        return id.contains(".") ? id : namespace + "." + id;
    }

    /** The extension and extension-point elements of a plugin.xml or fragment.xml. */
    private static void elements(InputStream xml, List<Element> extensions, List<Element> points) throws IOException {
        if (xml == null) {
            return;
        }
        try {
            org.w3c.dom.Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml);
            NodeList e = document.getElementsByTagName("extension");
            for (int i = 0; i < e.getLength(); i++) {
                extensions.add((Element) e.item(i));
            }
            NodeList p = document.getElementsByTagName("extension-point");
            for (int i = 0; i < p.getLength(); i++) {
                points.add((Element) p.item(i));
            }
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("plugin.xml is onleesbaar: " + e.getMessage(), e);
        }
    }

    Version exportedVersion(String pkg) {
        return exportedVersions(pkg).stream().max(Comparator.naturalOrder()).orElse(null);
    }

    /** Every version the package is exported at: some bundles export one twice (commons-io: 1.4.9999 and 2.21.0). */
    List<Version> exportedVersions(String pkg) {
        List<Version> versions = new ArrayList<>(1);
        for (Clause c : exports) {
            if (c.name().equals(pkg)) {
                versions.add(Version.parse(c.get("version") != null ? c.get("version") : c.get("specification-version")));
            }
        }
        return versions;
    }

    @Override
    public String toString() {
        return name + "_" + version;
    }
}
