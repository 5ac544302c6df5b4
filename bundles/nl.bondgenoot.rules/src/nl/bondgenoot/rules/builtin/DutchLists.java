package nl.bondgenoot.rules.builtin;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

import nl.bondgenoot.model.labels.Labels;

/** Lists in Dutch prose for the messages of several rule families: "a, b en c", "a, b of c". */
public final class DutchLists {

    private DutchLists() {
    }

    /** "a", "a en b", "a, b en c" with {@code lastJoiner} "en" or "of"; empty for no words. */
    public static String join(List<String> words, String lastJoiner) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + lastJoiner + " "
                + words.get(words.size() - 1);
    }

    /** The Dutch labels of enumeration values joined as by {@link #join(List, String)}. */
    public static String labels(Collection<? extends Enumerator> values, String lastJoiner) {
        return join(values.stream().map(Labels::of).toList(), lastJoiner);
    }
}
