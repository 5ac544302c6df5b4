package nl.bondgenoot.rules.builtin.fourr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.bondgenoot.rules.RuleContext;

/**
 * Reads list-valued rule parameters ("AANTALLEN, PRIJZEN, KWALITEIT") so that mappings stay data in
 * parameters.properties. Used by the 4R and the agenda rules.
 */
public final class ParameterLists {

    private ParameterLists() {
    }

    /** The comma-separated words of a parameter, trimmed; an empty value gives an empty list. */
    public static List<String> words(RuleContext context, String name) {
        List<String> words = new ArrayList<>();
        for (String part : context.parameter(name).split(",")) {
            if (!part.isBlank()) {
                words.add(part.trim());
            }
        }
        return words;
    }

    /** The enumeration values named by a parameter, in the order given. */
    public static <E extends Enum<E>> Set<E> values(RuleContext context, String name, Class<E> type) {
        Set<E> values = new LinkedHashSet<>();
        for (String word : words(context, name)) {
            values.add(value(word, name, type));
        }
        return values;
    }

    /** One enumeration value named by a parameter, or {@code null} when the parameter is empty. */
    public static <E extends Enum<E>> E value(RuleContext context, String name, Class<E> type) {
        String word = context.parameter(name).trim();
        return word.isEmpty() ? null : value(word, name, type);
    }

    private static <E extends Enum<E>> E value(String word, String parameter, Class<E> type) {
        try {
            return Enum.valueOf(type, word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Parameter " + parameter + ": '" + word + "' is geen waarde van "
                    + type.getSimpleName(), e);
        }
    }

    /** A yes/no parameter: "ja", "aan" or "true" switch it on. */
    public static boolean flag(RuleContext context, String name) {
        String value = context.parameter(name).trim().toLowerCase(Locale.ROOT);
        return value.equals("ja") || value.equals("aan") || value.equals("true");
    }
}
