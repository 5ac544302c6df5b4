package nl.bondgenoot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nl.bondgenoot.cli.Cli;

/**
 * `validate --format json` over every example (readable and unreadable input) conforms to the
 * published schema docs/validate.schema.json. The checker covers the schema's own vocabulary:
 * type, required, additionalProperties false, enum, items and $ref.
 */
class JsonOutputSchemaTest {

    private static final Path ROOT = Path.of(System.getProperty("bondgenoot.root", "../..")).toAbsolutePath().normalize();

    @Test
    void outputOverAllExamplesAndABrokenFileConformsToTheSchema() throws Exception {
        List<String> args = new ArrayList<>(List.of("validate", "--format", "json"));
        try (var files = Files.list(ROOT.resolve("examples/netwerken"))) {
            files.filter(p -> p.toString().endsWith(".bondgenoot")).sorted().forEach(p -> args.add(p.toString()));
        }
        args.add(ROOT.resolve("examples/skelet/kamperpoort-te-klein.bondgenoot").toString());
        args.add(ROOT.resolve("README.md").toString());
        // An agenda with syntax and link problems, in a project whose profile has a line without effect.
        Path project = Files.createTempDirectory("schema");
        Files.writeString(project.resolve("bondgenoot.profiel"), "NET-1.minimumOrganisatie = 3\n");
        Path agenda = Files.writeString(project.resolve("kapot.agenda"),
                "veranderagenda\n  opgave A volgt uit Nergens\n  kapitaalgoEd geld\n");
        args.add(agenda.toString());
        var out = new ByteArrayOutputStream();
        int code = Cli.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(2, code, "an unreadable file makes the run exit 2");

        JsonObject schema = JsonParser.parseString(Files.readString(ROOT.resolve("docs/validate.schema.json"))).getAsJsonObject();
        JsonElement document = JsonParser.parseString(out.toString(StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        check(document, schema, schema, "$", problems);
        assertEquals(List.of(), problems);
        assertTrue(document.getAsJsonObject().getAsJsonArray("files").size() == args.size() - 3);
        String json = document.toString();
        assertTrue(json.contains("\"code\":\"SYNTAX\"") && json.contains("\"code\":\"KOPPELING\"")
                && json.contains("\"rulesApplied\":false") && json.contains("NET-1.minimumOrganisatie"), json);
    }

    @Test
    void theCheckerItselfRejectsWhatTheSchemaForbids() throws Exception {
        JsonObject schema = JsonParser.parseString(Files.readString(ROOT.resolve("docs/validate.schema.json"))).getAsJsonObject();
        JsonElement bad = JsonParser.parseString("{\"peildatum\":\"2011-01-01\",\"profileWarnings\":[],\"files\":[{\"file\":\"x\",\"readable\":true,"
                + "\"problems\":[],\"rulesApplied\":true,\"findings\":"
                + "[{\"ruleId\":\"NET-1\",\"severity\":\"FOUT\",\"provenance\":\"DOC\",\"line\":1,\"element\":\"e\","
                + "\"message\":\"m\",\"source\":\"s\",\"sourceSections\":\"s\",\"extra\":1}]}]}");
        List<String> problems = new ArrayList<>();
        check(bad, schema, schema, "$", problems);
        assertEquals(List.of("$: required 'summary' missing", "$.files[0].findings[0].severity: 'FOUT' not in enum",
                "$.files[0].findings[0]: property 'extra' not allowed"), problems);
    }

    private static void check(JsonElement value, JsonObject schema, JsonObject root, String at, List<String> problems) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").getAsString();
            schema = root.getAsJsonObject("$defs").getAsJsonObject(ref.substring("#/$defs/".length()));
        }
        String type = schema.has("type") ? schema.get("type").getAsString() : null;
        if (type != null && !hasType(value, type)) {
            problems.add(at + ": expected " + type);
            return;
        }
        if (schema.has("enum") && !schema.getAsJsonArray("enum").contains(value)) {
            problems.add(at + ": " + value.toString().replace('"', '\'') + " not in enum");
        }
        if ("object".equals(type)) {
            JsonObject object = value.getAsJsonObject();
            JsonObject properties = schema.has("properties") ? schema.getAsJsonObject("properties") : new JsonObject();
            if (schema.has("required")) {
                for (JsonElement r : schema.getAsJsonArray("required")) {
                    if (!object.has(r.getAsString())) {
                        problems.add(at + ": required '" + r.getAsString() + "' missing");
                    }
                }
            }
            for (Map.Entry<String, JsonElement> e : object.entrySet()) {
                if (properties.has(e.getKey())) {
                    check(e.getValue(), properties.getAsJsonObject(e.getKey()), root, at + "." + e.getKey(), problems);
                } else if (schema.has("additionalProperties") && !schema.get("additionalProperties").getAsBoolean()) {
                    problems.add(at + ": property '" + e.getKey() + "' not allowed");
                }
            }
        }
        if ("array".equals(type) && schema.has("items")) {
            JsonArray array = value.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), schema.getAsJsonObject("items"), root, at + "[" + i + "]", problems);
            }
        }
    }

    private static boolean hasType(JsonElement v, String type) {
        return switch (type) {
            case "object" -> v.isJsonObject();
            case "array" -> v.isJsonArray();
            case "string" -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isString();
            case "boolean" -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean();
            case "integer" -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()
                    && v.getAsDouble() == Math.rint(v.getAsDouble());
            default -> {
                fail("schema type " + type + " not supported by this checker");
                yield false;
            }
        };
    }
}
