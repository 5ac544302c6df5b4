package nl.bondgenoot.representation.json;

import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers the line it starts on, so that a problem in a description can be
 * reported as {@code file:line: message}.
 */
public sealed interface Json {

    int line();

    /** What a user calls this kind of value, in Dutch ("een tekst", "een lijst" ...). */
    String kind();

    record JObject(Map<String, Member> members, int line) implements Json {
        public String kind() {
            return "een object";
        }

        /** The value of a member, or null when the object has none of that name. */
        public Json get(String key) {
            Member member = members.get(key);
            return member == null ? null : member.value();
        }
    }

    /** A member of an object with the line of its key. */
    record Member(String key, int line, Json value) {
    }

    record JArray(List<Json> items, int line) implements Json {
        public String kind() {
            return "een lijst";
        }
    }

    record JText(String value, int line) implements Json {
        public String kind() {
            return "een tekst";
        }
    }

    record JNumber(double value, int line) implements Json {
        public String kind() {
            return "een getal";
        }
    }

    record JBoolean(boolean value, int line) implements Json {
        public String kind() {
            return "waar/onwaar";
        }
    }

    record JNull(int line) implements Json {
        public String kind() {
            return "null";
        }
    }
}
