package nl.bondgenoot.representation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.bondgenoot.rules.engine.ClosestNames;
import nl.bondgenoot.representation.json.Json;
import nl.bondgenoot.representation.json.Json.JArray;
import nl.bondgenoot.representation.json.Json.JBoolean;
import nl.bondgenoot.representation.json.Json.JNumber;
import nl.bondgenoot.representation.json.Json.JObject;
import nl.bondgenoot.representation.json.Json.JText;
import nl.bondgenoot.representation.json.Json.Member;

/**
 * The members of one JSON object as a description reads them: typed, with a Dutch problem on the
 * right line for a wrong type, and at the end one for every member nobody asked for (a typo, with the
 * closest known name).
 */
final class JsonFields {

    private final JObject object;
    private final String where;
    private final Problems problems;
    private final Set<String> asked = new HashSet<>();

    JsonFields(JObject object, String where, Problems problems) {
        this.object = object;
        this.where = where;
        this.problems = problems;
    }

    static Optional<JsonFields> of(Json json, String where, Problems problems) {
        if (json instanceof JObject o) {
            return Optional.of(new JsonFields(o, where, problems));
        }
        problems.add(json.line(), where + " hoort een object te zijn ({ ... }), niet " + json.kind());
        return Optional.empty();
    }

    int line() {
        return object.line();
    }

    /** The line of a member, or of the object when it has no such member. */
    int lineOf(String key) {
        Member member = object.members().get(key);
        return member == null ? object.line() : member.line();
    }

    String where() {
        return where;
    }

    Optional<Member> member(String key) {
        asked.add(key);
        return Optional.ofNullable(object.members().get(key));
    }

    Optional<String> text(String key) {
        return member(key).flatMap(m -> {
            if (m.value() instanceof JText t) {
                return Optional.of(t.value());
            }
            problems.add(m.line(), where + ": '" + key + "' hoort een tekst te zijn, niet " + m.value().kind());
            return Optional.empty();
        });
    }

    String requiredText(String key) {
        Optional<String> text = text(key);
        if (text.isEmpty() && !object.members().containsKey(key)) {
            problems.add(object.line(), where + ": '" + key + "' ontbreekt");
        }
        return text.orElse(null);
    }

    Optional<Double> number(String key) {
        return member(key).flatMap(m -> {
            if (m.value() instanceof JNumber n && Double.isFinite(n.value()) && n.value() >= 0 && n.value() <= 100_000) {
                return Optional.of(n.value());
            }
            problems.add(m.line(), where + ": '" + key + "' hoort een getal van 0 tot 100000 te zijn");
            return Optional.empty();
        });
    }

    Optional<Boolean> bool(String key) {
        return member(key).flatMap(m -> {
            if (m.value() instanceof JBoolean b) {
                return Optional.of(b.value());
            }
            problems.add(m.line(), where + ": '" + key + "' hoort true of false te zijn, niet " + m.value().kind());
            return Optional.empty();
        });
    }

    List<Json> list(String key) {
        return member(key).map(m -> {
            if (m.value() instanceof JArray a) {
                return a.items();
            }
            problems.add(m.line(), where + ": '" + key + "' hoort een lijst te zijn ([ ... ]), niet " + m.value().kind());
            return List.<Json>of();
        }).orElse(List.of());
    }

    List<String> texts(String key) {
        List<String> texts = new ArrayList<>();
        for (Json item : list(key)) {
            if (item instanceof JText t) {
                texts.add(t.value());
            } else {
                problems.add(item.line(), where + ": '" + key + "' hoort een lijst van teksten te zijn");
            }
        }
        return texts;
    }

    /** Reports every member that was not asked for; to be called when the object is read. */
    void done() {
        List<String> known = new ArrayList<>(asked);
        for (Member member : object.members().values()) {
            if (!asked.contains(member.key()) && !member.key().startsWith("$")) {
                problems.add(member.line(), where + ": onbekende eigenschap '" + member.key() + "'"
                        + orKnown(ClosestNames.suggestion(member.key(), known), "; bekend zijn: " + String.join(", ", known.stream().sorted().toList())));
            }
        }
    }

    /** The suggestion, or when there is none the other text (the list of what is known). */
    static String orKnown(String suggestion, String otherwise) {
        return suggestion.isEmpty() ? otherwise : suggestion;
    }

    /** The problems found while reading one file. */
    static final class Problems {
        private final String file;
        private final List<DescriptionProblem> list = new ArrayList<>();

        Problems(String file) {
            this.file = file;
        }

        void add(int line, String message) {
            list.add(new DescriptionProblem(file, line, message));
        }

        List<DescriptionProblem> list() {
            return list;
        }

        String file() {
            return file;
        }
    }
}
