package nl.bondgenoot.model.persistence;

import java.util.Optional;

/**
 * Which texts a model file can hold. A model file is XML 1.0, which has no way to write most control
 * characters (U+0000-U+001F except tab and line breaks), U+FFFE, U+FFFF or half of a surrogate pair:
 * a name or text holding one is accepted in memory, but every later save of the model fails. So they
 * are refused where they are typed (the map, Eigenschappen, the agenda language), with the reason in
 * Dutch; this is the one check all of them call.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Why this cannot be a name (empty, or a character a name cannot hold), or empty when it can. */
    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Een naam mag niet leeg zijn.");
        }
        // A name is one line: no control character at all, not even a tab or a line break.
        return firstBad(name, true).map(at -> "Een naam mag geen " + describe(name, at) + " bevatten (teken " + (at + 1)
                + " van de naam). Typ de naam zonder dat teken.");
    }

    /** Why this text cannot be kept in a model file, or empty when it can (tabs and line breaks can). */
    public static Optional<String> textProblem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return firstBad(text, false).map(at -> "Deze tekst bevat een " + describe(text, at) + " (teken " + (at + 1)
                + "), dat niet in een modelbestand kan worden bewaard. Typ de tekst zonder dat teken.");
    }

    private static Optional<Integer> firstBad(String text, boolean oneLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a whole pair: one character beyond U+FFFF
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || isControl(c, oneLine)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static boolean isControl(char c, boolean oneLine) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return oneLine;
        }
        return c < 0x20 || (oneLine && c >= 0x7F && c <= 0x9F);
    }

    private static String describe(String text, int at) {
        char c = text.charAt(at);
        String code = String.format("U+%04X", (int) c);
        if (Character.isSurrogate(c)) {
            return "half teken (" + code + ", de helft van een tekenpaar)";
        }
        if (c == '\uFFFE' || c == '\uFFFF') {
            return "ongeldig teken (" + code + ")";
        }
        return "stuurteken (" + code + ")";
    }
}
