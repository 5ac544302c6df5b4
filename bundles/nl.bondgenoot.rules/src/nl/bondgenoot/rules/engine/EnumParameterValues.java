package nl.bondgenoot.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;

import nl.bondgenoot.model.BondgenootPackage;

/**
 * Checks a profile's value for a parameter whose default is a list of metamodel values
 * ({@code AG-2.partnerCategorieen = MAATSCHAPPELIJKE_ORGANISATIE, MARKTPARTIJ}, pairs such as
 * {@code HOOG:HOOG}): every word must be a value of a kind that holds all the default's words. Said
 * when the profile is read, with its line; otherwise a typo ({@code BURGR}) fails only when the rule runs.
 */
final class EnumParameterValues {

    private EnumParameterValues() {
    }

    /** Why the value does not fit the default's kind of value, or empty (also when the default is no such list). */
    static Optional<String> problem(String key, String standard, String value) {
        List<String> defaults = words(standard);
        List<EEnum> kinds = kindsHolding(defaults);
        if (defaults.isEmpty() || kinds.isEmpty()) {
            return Optional.empty();
        }
        for (String word : words(value)) {
            String name = word.toUpperCase(Locale.ROOT);
            if (kinds.stream().noneMatch(kind -> kind.getEEnumLiteral(name) != null)) {
                return Optional.of("'" + word + "' is geen geldige waarde voor " + key + "; mogelijk zijn "
                        + String.join(", ", literals(kinds)) + " (standaard " + standard.trim() + ")");
            }
        }
        return Optional.empty();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("[,:]")) {
            if (!word.isBlank()) {
                words.add(word.trim());
            }
        }
        return words;
    }

    private static List<EEnum> kindsHolding(List<String> words) {
        List<EEnum> kinds = new ArrayList<>();
        for (EClassifier classifier : BondgenootPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EEnum kind && words.stream().allMatch(w -> kind.getEEnumLiteral(w) != null)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    private static Set<String> literals(List<EEnum> kinds) {
        Set<String> names = new TreeSet<>();
        for (EEnum kind : kinds) {
            kind.getELiterals().stream().map(EEnumLiteral::getName).forEach(names::add);
        }
        return names;
    }
}
