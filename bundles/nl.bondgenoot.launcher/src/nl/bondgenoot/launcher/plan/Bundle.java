package nl.bondgenoot.launcher.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        List<String> classPath, List<String> applications) {

    private static final Pattern SERVICE = Pattern.compile("\\(osgi\\.serviceloader=([^)]+)\\)");

    static Bundle read(Path location) throws IOException {
        Attributes h;
        List<String> applications;
        if (Files.isDirectory(location)) {
            Path manifest = location.resolve("META-INF/MANIFEST.MF");
            if (!Files.isRegularFile(manifest)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(manifest)) {
                h = new Manifest(in).getMainAttributes();
            }
            Path pluginXml = location.resolve("plugin.xml");
            try (InputStream in = Files.isRegularFile(pluginXml) ? Files.newInputStream(pluginXml) : null) {
                applications = applications(in);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile(), false)) {
                Manifest manifest = jar.getManifest();
                if (manifest == null) {
                    return null;
                }
                h = manifest.getMainAttributes();
                ZipEntry pluginXml = jar.getEntry("plugin.xml");
                try (InputStream in = pluginXml == null ? null : jar.getInputStream(pluginXml)) {
                    applications = applications(in);
                }
            }
        }
        List<Clause> name = Clause.parse(h.getValue("Bundle-SymbolicName"));
        if (name.isEmpty()) {
            return null;
        }
        List<Clause> host = Clause.parse(h.getValue("Fragment-Host"));
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
                required, classPath, applications.stream().map(id -> bsn + "." + id).toList());
    }

    /** The ids (without the bundle's prefix) of the applications this plugin.xml contributes. */
    private static List<String> applications(InputStream pluginXml) throws IOException {
        List<String> ids = new ArrayList<>();
        if (pluginXml == null) {
            return ids;
        }
        try {
            NodeList extensions = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pluginXml)
                    .getElementsByTagName("extension");
            for (int i = 0; i < extensions.getLength(); i++) {
                Element e = (Element) extensions.item(i);
                if ("org.eclipse.core.runtime.applications".equals(e.getAttribute("point")) && !e.getAttribute("id").isEmpty()) {
                    ids.add(e.getAttribute("id"));
                }
            }
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("plugin.xml is onleesbaar: " + e.getMessage(), e);
        }
        return ids;
    }

    Version exportedVersion(String pkg) {
        for (Clause c : exports) {
            if (c.name().equals(pkg)) {
                return Version.parse(c.get("version") != null ? c.get("version") : c.get("specification-version"));
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return name + "_" + version;
    }
}
