package nl.bondgenoot.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.tijd.Geldigheid;

/**
 * What a rule may use while it checks: where to report, and its parameters (thresholds and mappings
 * as data). The typed parameter readers are default methods so that every rule family parses
 * parameter values the same way and names the same key when a value is wrong.
 */
public interface RuleContext {

    /** Reports a finding about {@code element}; the message is Dutch and names the element. */
    void report(EObject element, String message);

    /** Reports a finding with a short Dutch hint for the obvious repair (used by quick fixes). */
    void report(EObject element, String message, String quickFixHint);

    /**
     * Reports a finding that holds only if a value the model leaves onbekend is what the seed
     * speaks of (e.g. the model's reikwijdte): said as INFO whatever the rule's severity, so that
     * no warning rests on a guess; the message says which value is missing.
     */
    void reportIfUnknownHolds(EObject element, String message, String quickFixHint);

    /**
     * The date the model is judged at (the peildatum): today unless the user gave one. What does not
     * hold on it (its period ended or not begun) is not judged as present.
     */
    LocalDate peildatum();

    /** Whether the element holds on the peildatum (an element without a period always does). */
    default boolean geldt(EObject element) {
        return Geldigheid.geldtOp(element, peildatum());
    }

    /** The network's members on the peildatum (a lid whose lidmaatschap ended or has not begun is left out). */
    default List<Actor> leden(Netwerk netwerk) {
        return Geldigheid.ledenOp(netwerk, peildatum());
    }

    /**
     * A text parameter of the running rule, e.g. {@code minimumOrganisaties} for NET-1: its value
     * comes from the rule set's parameter file and may be overridden by the project's rule profile.
     */
    String parameter(String name);

    /** The full key of a parameter of the running rule, e.g. {@code NET-1.minimumOrganisaties}, for messages. */
    String parameterKey(String name);

    /** A whole-number parameter (see {@link #parameter(String)}). */
    default int intParameter(String name) {
        String value = parameter(name);
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Parameter " + parameterKey(name) + " is geen geheel getal: '" + value
                    + "'", e);
        }
    }

    /** A yes/no parameter: "ja", "aan" or "true" (any case) switch it on, anything else off. */
    default boolean booleanParameter(String name) {
        String value = parameter(name).trim().toLowerCase(Locale.ROOT);
        return value.equals("ja") || value.equals("aan") || value.equals("true");
    }

    /** The comma-separated words of a parameter, trimmed, in the order given; an empty value gives an empty list. */
    default List<String> listParameter(String name) {
        List<String> words = new ArrayList<>();
        for (String part : parameter(name).split(",")) {
            if (!part.isBlank()) {
                words.add(part.trim());
            }
        }
        return words;
    }

    /**
     * The enumeration literals of a comma-separated parameter, in the order given (duplicates kept);
     * an empty value gives an empty list. Literal names match regardless of case.
     */
    default <E extends Enum<E>> List<E> enumListParameter(String name, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (String word : listParameter(name)) {
            values.add(literal(name, word, type));
        }
        return values;
    }

    /** The one enumeration literal of a parameter; an empty value or several literals are an error. */
    default <E extends Enum<E>> E enumParameter(String name, Class<E> type) {
        return optionalEnumParameter(name, type).orElseThrow(() -> new IllegalStateException(
                "Parameter " + parameterKey(name) + " moet precies één waarde van " + type.getSimpleName() + " zijn"));
    }

    /**
     * The one enumeration literal of a parameter, or empty when the value is empty (for parameters
     * where empty means "no expectation"); several literals are an error.
     */
    default <E extends Enum<E>> Optional<E> optionalEnumParameter(String name, Class<E> type) {
        List<E> values = enumListParameter(name, type);
        if (values.size() > 1) {
            throw new IllegalStateException("Parameter " + parameterKey(name) + " moet precies één waarde van "
                    + type.getSimpleName() + " zijn, niet '" + parameter(name).trim() + "'");
        }
        return values.stream().findFirst();
    }

    private <E extends Enum<E>> E literal(String name, String word, Class<E> type) {
        try {
            // Case-insensitive so a profile may write "hoog" for HOOG; all metamodel literals are upper case.
            return Enum.valueOf(type, word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Parameter " + parameterKey(name) + ": '" + word + "' is geen waarde van "
                    + type.getSimpleName(), e);
        }
    }
}
