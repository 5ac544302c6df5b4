package nl.bondgenoot.rules.builtin.agenda;

import java.util.List;
import java.util.Locale;

/** Word matching for the heuristic triggers; the word lists themselves are data in parameters.properties. */
final class Words {

    private Words() {
    }

    /** The first entry of {@code words} that occurs in {@code text} as whole word(s), or {@code null}. */
    static String firstIn(String text, List<String> words) {
        if (text == null) {
            return null;
        }
        String haystack = normalize(text);
        for (String word : words) {
            String needle = normalize(word);
            if (!needle.isBlank() && haystack.contains(needle)) {
                return word;
            }
        }
        return null;
    }

    /** " aantal uren " : lower case, letters and digits only, single spaces, padded for whole-word search. */
    private static String normalize(String s) {
        return " " + s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim() + " ";
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
