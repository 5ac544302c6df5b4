package nl.bondgenoot.rules.builtin.fourr;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.RuleContext;

/**
 * How an opdrachtrelatie deviates from what its vraagstuk expects, each deviation with its repair.
 * The rules that compare with an expected profile (4R-4, 4R-5, 4R-9, 4R-10) collect here so they
 * report one finding worded alike.
 */
final class Deviations {

    private final RuleContext context;
    private final List<String> deviations = new ArrayList<>();
    private final List<String> repairs = new ArrayList<>();

    Deviations(RuleContext context) {
        this.context = context;
    }

    void add(String deviation, String repair) {
        deviations.add(deviation);
        repairs.add(repair);
    }

    /**
     * Adds "richting middel (verwacht hoog)" and "zet richting op hoog" when a declared value differs
     * from the one the rule's parameter {@code what} expects. Undeclared values (ONBEKEND) and an empty
     * parameter ("no expectation") are not judged.
     */
    <E extends Enum<E> & Enumerator> void compare(String what, E actual) {
        context.optionalEnumParameter(what, actual.getDeclaringClass())
                .filter(expected -> !actual.getName().equals("ONBEKEND") && actual != expected)
                .ifPresent(expected -> add(what + " " + Labels.of(actual) + " (verwacht " + Labels.of(expected) + ")",
                        "zet " + what + " op " + Labels.of(expected)));
    }

    boolean isEmpty() {
        return deviations.isEmpty();
    }

    /** "richting middel (verwacht hoog), ruimte ..." */
    String deviations() {
        return String.join(", ", deviations);
    }

    /** "zet richting op hoog; zet ruimte ..." */
    String repairs() {
        return String.join("; ", repairs);
    }
}
