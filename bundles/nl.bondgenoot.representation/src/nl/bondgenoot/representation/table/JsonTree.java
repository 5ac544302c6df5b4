package nl.bondgenoot.representation.table;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * A JSON text read into a tree whose every value knows its line, so a description's problems can be
 * said as {@code file:line: message}. Read with Gson's streaming reader; a key that occurs twice
 * in one object is a problem too (a plain JSON parser keeps the last one without a word).
 */
final class JsonTree {

    /** A value of the tree with the line it starts on. */
    sealed interface Node permits Obj, Arr, Value {
        int line();
    }

    /** An object: its members in the order of the file. */
    record Obj(int line, Map<String, Node> members) implements Node {
    }

    record Arr(int line, List<Node> items) implements Node {
    }

    /** A string, number (as written), boolean or null. */
    record Value(int line, Object value) implements Node {
    }

    /** The text is no JSON, or has a key twice; {@link #line()} says where. */
    static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        SyntaxException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    // Gson gives a reader's position only in its description: "JsonReader at line 3 column 12 path $.x".
    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) ");

    private static final String INVALID = "geen geldige JSON (kijk op deze regel of kort ervoor naar komma's, aanhalingstekens en haakjes)";

    private JsonTree() {
    }

    static Node read(Reader text) throws IOException, SyntaxException {
        JsonReader in = new JsonReader(text);
        try {
            Node root = value(in);
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw new SyntaxException(line(in), "na het einde van de beschrijving staat nog tekst");
            }
            return root;
        } catch (java.io.EOFException e) {
            throw new SyntaxException(line(in), "de beschrijving houdt op voordat ze af is (een '}' of ']' te weinig, of een leeg bestand)");
        } catch (MalformedJsonException | IllegalStateException e) {
            throw new SyntaxException(line(in), INVALID);
        } catch (NumberFormatException e) {
            throw new SyntaxException(line(in), "geen geldig getal");
        }
    }

    private static Node value(JsonReader in) throws IOException, SyntaxException {
        JsonToken token = in.peek();
        int line = line(in);
        switch (token) {
            case BEGIN_OBJECT -> {
                Map<String, Node> members = new LinkedHashMap<>();
                in.beginObject();
                while (in.hasNext()) {
                    String name = in.nextName();
                    int nameLine = line(in);
                    if (members.containsKey(name)) {
                        throw new SyntaxException(nameLine, "de sleutel '" + name + "' staat twee keer in hetzelfde object");
                    }
                    members.put(name, value(in));
                }
                in.endObject();
                return new Obj(line, members);
            }
            case BEGIN_ARRAY -> {
                List<Node> items = new ArrayList<>();
                in.beginArray();
                while (in.hasNext()) {
                    items.add(value(in));
                }
                in.endArray();
                return new Arr(line, items);
            }
            case STRING -> {
                return new Value(line, in.nextString());
            }
            case NUMBER -> {
                return new Value(line, new java.math.BigDecimal(in.nextString()));
            }
            case BOOLEAN -> {
                return new Value(line, in.nextBoolean());
            }
            case NULL -> {
                in.nextNull();
                return new Value(line, null);
            }
            default -> throw new SyntaxException(line, INVALID);
        }
    }

    private static int line(JsonReader in) {
        Matcher m = LOCATION.matcher(in.toString());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
