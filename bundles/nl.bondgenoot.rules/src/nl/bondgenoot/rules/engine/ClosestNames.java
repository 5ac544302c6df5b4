package nl.bondgenoot.rules.engine;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The existing names closest to a name that is not known: typing errors and half-written names (an
 * actor in an agenda, a rule id or parameter in a rule profile).
 */
public final class ClosestNames {

    private ClosestNames() {
    }

    /** "; bedoelde u A of B?" with the closest names, or "" when none is close: the tail of a message about an unknown name. */
    public static String suggestion(String unknown, Collection<String> known) {
        List<String> names = to(unknown, known, 3);
        return names.isEmpty() ? "" : "; bedoelde u " + String.join(" of ", names) + "?";
    }

    public static List<String> to(String unknown, Collection<String> known, int limit) {
        String typed = unknown.toLowerCase(Locale.ROOT);
        return known.stream().distinct().filter(name -> score(typed, name) <= threshold(typed))
                .sorted(Comparator.comparingInt((String name) -> score(typed, name)).thenComparing(name -> name))
                .limit(limit).toList();
    }

    private static int threshold(String typed) {
        return Math.max(2, typed.length() / 3);
    }

    /** Edit distance, but a name that contains what was typed ("Zwolle" in "Gemeente Zwolle") is close. */
    private static int score(String typed, String name) {
        String candidate = name.toLowerCase(Locale.ROOT);
        if (typed.length() >= 3 && candidate.contains(typed)) {
            return 1;
        }
        return distance(typed, candidate);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
