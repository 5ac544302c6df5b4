package nl.bondgenoot.representation.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nl.bondgenoot.representation.Representations;

/** Every property of a palette tool that the schema offers is explained on the tool builders' guide page. */
class ToolsDocumentedTest {

    @Test
    void theGuidePageExplainsEveryToolPropertyOfTheSchema() throws Exception {
        Set<String> properties = new TreeSet<>();
        try (var in = new InputStreamReader(Representations.class.getResourceAsStream("/schema/weergave.schema.json"),
                StandardCharsets.UTF_8)) {
            JsonObject group = JsonParser.parseReader(in).getAsJsonObject().getAsJsonObject("properties")
                    .getAsJsonObject("gereedschap").getAsJsonObject("items");
            properties.addAll(group.getAsJsonObject("properties").keySet());
            properties.addAll(group.getAsJsonObject("properties").getAsJsonObject("items").getAsJsonObject("items")
                    .getAsJsonObject("properties").keySet());
        }
        assertEquals(Set.of("id", "naam", "icoon", "items", "maak", "in", "verbind", "waarden", "voorElke"), properties);
        Path page = Path.of(System.getProperty("bondgenoot.root", "../.."), "bundles/nl.bondgenoot.help/guide/weergaven.html");
        String text = Files.readString(page);
        String section = text.substring(text.indexOf("<h3>Gereedschap (het palet)</h3>"));
        for (String property : properties) {
            assertTrue(section.contains("<tr><td><code>" + property + "</code></td>"), property);
        }
        for (String placeholder : Set.of("{id}", "{label}", "{categorie}", Repeat.ACTOR_SOORTEN)) {
            assertTrue(section.contains("<code>" + placeholder + "</code>"), placeholder);
        }
    }
}
