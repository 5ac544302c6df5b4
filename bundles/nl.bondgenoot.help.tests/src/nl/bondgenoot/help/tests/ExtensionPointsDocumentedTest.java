package nl.bondgenoot.help.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * No extension point without documentation: every {@code <extension-point>} in a bundle's plugin.xml
 * has a schema with a description, an example that contributes to that very point, the API a
 * contribution implements and since when it exists, and a section of the SDK guide whose id is the
 * point's id. A new extension point added without them fails here.
 */
class ExtensionPointsDocumentedTest {

    static final Path ROOT = ArchitectureDiagramTest.ROOT;
    static final Path GUIDE = ROOT.resolve("bundles/nl.bondgenoot.help/guide/sdk.html");
    private static final Pattern POINT = Pattern.compile("<extension-point\\s[^>]*>", Pattern.DOTALL);

    @Test
    void everyExtensionPointHasASchemaWithAnExampleAndAGuideSection() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Document guide = XmlPages.parse(GUIDE);
        List<String> sections = XmlPages.all(guide).stream().map(e -> e.getAttribute("id")).filter(id -> !id.isEmpty()).toList();
        try (Stream<Path> dirs = Files.list(ROOT.resolve("bundles"))) {
            for (Path dir : dirs.sorted().toList()) {
                Path pluginXml = dir.resolve("plugin.xml");
                if (!Files.isRegularFile(pluginXml)) {
                    continue;
                }
                String bundle = symbolicName(dir);
                Matcher matcher = POINT.matcher(Files.readString(pluginXml, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    String declaration = matcher.group();
                    String id = bundle + "." + attribute(declaration, "id");
                    ids.add(id);
                    String schema = attribute(declaration, "schema");
                    if (schema.isEmpty() || !Files.isRegularFile(dir.resolve(schema))) {
                        problems.add(id + ": no schema file (" + schema + ")");
                    } else {
                        check(id, Files.readString(dir.resolve(schema), StandardCharsets.UTF_8), problems);
                    }
                    if (!sections.contains(id)) {
                        problems.add(id + ": no section with id=\"" + id + "\" in the SDK guide (sdk.html)");
                    }
                }
            }
        }
        assertTrue(ids.size() >= 7, "extension points found: " + ids);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void check(String id, String schema, List<String> problems) {
        Matcher description = Pattern.compile("<meta\\.schema[^>]*/>\\s*</appInfo>\\s*<documentation>(.*?)</documentation>",
                Pattern.DOTALL).matcher(schema);
        if (!description.find() || description.group(1).strip().length() < 80) {
            problems.add(id + ": the schema's description is missing or a stub");
        }
        for (String section : List.of("examples", "apiinfo", "since")) {
            String text = section(schema, section);
            if (text.length() < 5) {
                problems.add(id + ": the schema has no '" + section + "' section");
            }
        }
        String example = section(schema, "examples");
        if (!example.contains("point=\"" + id + "\"") && !example.contains("point=&quot;" + id + "&quot;")) {
            problems.add(id + ": the schema's example does not contribute to " + id);
        }
    }

    private static String section(String schema, String type) {
        Matcher matcher = Pattern.compile("<meta\\.section type=\"" + type + "\"/>\\s*</appInfo>\\s*<documentation>(.*?)</documentation>",
                Pattern.DOTALL).matcher(schema);
        return matcher.find() ? matcher.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").strip() : "";
    }

    private static String attribute(String element, String name) {
        Matcher matcher = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(element);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String symbolicName(Path bundle) throws IOException {
        try (var in = Files.newInputStream(bundle.resolve("META-INF/MANIFEST.MF"))) {
            return new Manifest(in).getMainAttributes().getValue("Bundle-SymbolicName").split(";")[0].strip();
        }
    }
}
