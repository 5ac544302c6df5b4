package nl.bondgenoot.compare;

import java.util.List;

/**
 * One feature of an element with another value: {@code feature} is its name in the metamodel,
 * {@code label} its Dutch label (from the edit bundle). Values are lists (one item or none for a
 * single-valued feature); a reference holds the ids of the elements it refers to ({@code before}
 * and {@code after}), shown by name in {@code beforeText}/{@code afterText}.
 */
public record FeatureChange(String feature, String label, boolean many, List<String> before, List<String> after,
        List<String> beforeText, List<String> afterText) {

    /** The value before, as users read it ("(leeg)" when unset). */
    public String beforeShown() {
        return shown(beforeText);
    }

    /** The value after, as users read it. */
    public String afterShown() {
        return shown(afterText);
    }

    static String shown(List<String> values) {
        if (values.isEmpty()) {
            return "(leeg)";
        }
        return values.size() == 1 ? values.get(0) : "[" + String.join(", ", values) + "]";
    }
}
