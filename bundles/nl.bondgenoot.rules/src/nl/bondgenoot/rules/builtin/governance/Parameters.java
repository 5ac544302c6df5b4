package nl.bondgenoot.rules.builtin.governance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;

import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.RuleContext;

/**
 * Reads the governance rules' mappings from their parameters: comma-separated enumeration
 * literals, e.g. {@code GOV-2.scenario = GEMEENTE}. An empty value means "not checked".
 */
final class Parameters {

    private Parameters() {
    }

    /** The literals listed in parameter {@code name}, in order; empty when the value is empty. */
    static <E extends Enum<E>> List<E> enums(RuleContext context, String name, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (String part : context.parameter(name).split(",")) {
            String literal = part.trim();
            if (!literal.isEmpty()) {
                values.add(literal(name, literal, type));
            }
        }
        return values;
    }

    /** The single literal in parameter {@code name}. */
    static <E extends Enum<E>> E enumValue(RuleContext context, String name, Class<E> type) {
        return literal(name, context.parameter(name).trim(), type);
    }

    private static <E extends Enum<E>> E literal(String name, String literal, Class<E> type) {
        try {
            return Enum.valueOf(type, literal);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Parameter " + name + ": '" + literal + "' is geen waarde van "
                    + type.getSimpleName(), e);
        }
    }

    /** "a, b of c" in Dutch labels. */
    static String labels(Collection<? extends Enumerator> values, String lastJoiner) {
        List<String> words = values.stream().map(Labels::of).toList();
        return join(words, lastJoiner);
    }

    /** "a, b en c" / "a, b of c". */
    static String join(List<String> words, String lastJoiner) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", ")) + " " + lastJoiner
                + " " + words.get(words.size() - 1);
    }
}
