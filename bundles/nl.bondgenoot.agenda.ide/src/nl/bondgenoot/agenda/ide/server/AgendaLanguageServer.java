package nl.bondgenoot.agenda.ide.server;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;

import nl.bondgenoot.agenda.validation.RuleIssueData;

/**
 * Xtext's language server with the diagnostics users know from {@code ./bondgenoot validate}: a rule
 * finding ends with its seed source, "(S0:438-440)", and every diagnostic names Bondgenoot as its
 * source, so an editor that mixes several servers shows where a message comes from.
 */
public class AgendaLanguageServer extends LanguageServerImpl {

    /** The {@code source} of every diagnostic this server publishes. */
    public static final String DIAGNOSTIC_SOURCE = "bondgenoot";

    @Override
    protected Diagnostic toDiagnostic(Issue issue) {
        Diagnostic diagnostic = super.toDiagnostic(issue);
        diagnostic.setSource(DIAGNOSTIC_SOURCE);
        String[] data = issue.getData();
        if (isRuleFinding(issue) && data.length > RuleIssueData.SOURCE && !data[RuleIssueData.SOURCE].isBlank()) {
            diagnostic.setMessage(issue.getMessage() + " (" + data[RuleIssueData.SOURCE] + ")");
        }
        return diagnostic;
    }

    private static boolean isRuleFinding(Issue issue) {
        String[] data = issue.getData();
        return data != null && data.length > RuleIssueData.RULE_ID && issue.getCode() != null
                && issue.getCode().equals(data[RuleIssueData.RULE_ID]);
    }
}
