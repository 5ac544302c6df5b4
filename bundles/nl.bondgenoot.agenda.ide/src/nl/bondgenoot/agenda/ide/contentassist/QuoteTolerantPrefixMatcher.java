package nl.bondgenoot.agenda.ide.contentassist;

import java.util.Locale;

import org.eclipse.xtext.ide.editor.contentassist.IPrefixMatcher;

/**
 * Matches what was typed against a proposal ignoring case and quotes, so that "gem" and "\"Gem" both
 * find "\"Gemeente Zwolle\"", and any word of a name counts ("zwolle" finds it too).
 */
public class QuoteTolerantPrefixMatcher implements IPrefixMatcher {

    @Override
    public boolean isCandidateMatchingPrefix(String name, String prefix) {
        String typed = unquoted(prefix);
        if (typed.isEmpty()) {
            return true;
        }
        String candidate = unquoted(name);
        if (candidate.startsWith(typed)) {
            return true;
        }
        for (String word : candidate.split("[\\s\\-]+")) {
            if (word.startsWith(typed)) {
                return true;
            }
        }
        return false;
    }

    private static String unquoted(String text) {
        String plain = text == null ? "" : text.strip();
        while (!plain.isEmpty() && (plain.charAt(0) == '"' || plain.charAt(0) == '\'')) {
            plain = plain.substring(1);
        }
        while (!plain.isEmpty() && (plain.endsWith("\"") || plain.endsWith("'"))) {
            plain = plain.substring(0, plain.length() - 1);
        }
        return plain.toLowerCase(Locale.ROOT);
    }
}
