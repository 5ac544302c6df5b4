package nl.bondgenoot.representation.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import nl.bondgenoot.representation.json.Json.JArray;
import nl.bondgenoot.representation.json.Json.JBoolean;
import nl.bondgenoot.representation.json.Json.JNull;
import nl.bondgenoot.representation.json.Json.JNumber;
import nl.bondgenoot.representation.json.Json.JObject;
import nl.bondgenoot.representation.json.Json.JText;
import nl.bondgenoot.representation.json.Json.Member;

/** Reads JSON text into {@link Json} values with their line numbers (Jackson's streaming parser). */
public final class JsonReader {

    /** A description is a few kilobytes; a larger document or deeper nesting is not one. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(4_000_000).maxNestingDepth(64).build())
            .build();

    /** Jackson's own message is English and technical: say where to look instead. */
    private static final String INVALID = "geen geldige JSON (kijk op deze regel of kort ervoor naar komma's, aanhalingstekens en haakjes)";

    private JsonReader() {
    }

    /** @throws JsonSyntaxException with the line and a Dutch message when the text is not JSON */
    public static Json read(String text) throws JsonSyntaxException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonSyntaxException(1, "het bestand is leeg");
            }
            Json value = value(parser);
            if (parser.nextToken() != null) {
                throw new JsonSyntaxException(line(parser), "na het einde van het document staat nog tekst");
            }
            return value;
        } catch (JsonSyntaxException e) {
            throw e;
        } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
            throw new JsonSyntaxException(e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
                    "de beschrijving houdt op voordat ze af is (een '}' of ']' te weinig, of een leeg bestand)");
        } catch (JsonParseException e) {
            throw new JsonSyntaxException(e.getLocation() == null ? 1 : e.getLocation().getLineNr(), INVALID);
        } catch (IOException | RuntimeException e) {
            throw new JsonSyntaxException(1, INVALID);
        }
    }

    private static Json value(JsonParser parser) throws IOException {
        int line = line(parser);
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Member> members = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = line(parser);
                    parser.nextToken();
                    if (members.containsKey(key)) {
                        throw new JsonSyntaxException(keyLine, "de sleutel '" + key + "' staat twee keer in hetzelfde object");
                    }
                    members.put(key, new Member(key, keyLine, value(parser)));
                }
                yield new JObject(members, line);
            }
            case START_ARRAY -> {
                List<Json> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(parser));
                }
                yield new JArray(items, line);
            }
            case VALUE_STRING -> new JText(parser.getText(), line);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JNumber(parser.getDoubleValue(), line);
            case VALUE_TRUE -> new JBoolean(true, line);
            case VALUE_FALSE -> new JBoolean(false, line);
            case VALUE_NULL -> new JNull(line);
            default -> throw new JsonSyntaxException(line, "onverwacht teken " + token);
        };
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /** JSON that cannot be read, with the line where reading stopped. */
    public static final class JsonSyntaxException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;

        JsonSyntaxException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }
}
