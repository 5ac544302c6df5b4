package nl.bondgenoot.agenda.parser;

import java.util.List;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * A keyword with a hyphen or an accent ("gemeente-is-partner", "initiërend") that goes wrong half-way
 * is a lexer error: "mismatched character 'r' expecting 'a'". With the characters typed so far (the
 * text of the error's node) this names the keyword that was being typed.
 */
@Singleton
public class MistypedKeywords {

    @Inject
    private IGrammarAccess grammar;

    /** The Dutch message for the error node, or null when it is not a keyword typed half-way. */
    public String message(INode error) {
        String[] data = error.getSyntaxErrorMessage() == null ? null : error.getSyntaxErrorMessage().getIssueData();
        if (data == null || data.length != 2 || !DutchSyntaxErrorMessages.KEYWORD_CHARACTER.equals(data[0])) {
            return null;
        }
        String typed = error.getText();
        for (int end = typed.length(); end > 0; end--) {
            String prefix = typed.substring(0, end) + data[1];
            List<String> keywords = GrammarUtil.getAllKeywords(grammar.getGrammar()).stream().filter(k -> k.startsWith(prefix))
                    .sorted().map(k -> "'" + k + "'").toList();
            if (!keywords.isEmpty()) {
                return "'" + typed.strip() + "…' past hier niet; bedoeld is het sleutelwoord " + String.join(" of ", keywords);
            }
        }
        return null;
    }
}
