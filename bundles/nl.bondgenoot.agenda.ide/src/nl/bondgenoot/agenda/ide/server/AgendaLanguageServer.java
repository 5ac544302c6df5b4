package nl.bondgenoot.agenda.ide.server;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;

/**
 * Xtext's language server, with every diagnostic naming Bondgenoot as its source, so an editor that
 * mixes several servers shows where a message comes from. Rule findings already read as on the
 * command line: "[4R-8] Opgave ... (S0:544-550, 667-669)".
 */
public class AgendaLanguageServer extends LanguageServerImpl {

    /** The {@code source} of every diagnostic this server publishes. */
    public static final String DIAGNOSTIC_SOURCE = "bondgenoot";

    @Override
    protected Diagnostic toDiagnostic(Issue issue) {
        Diagnostic diagnostic = super.toDiagnostic(issue);
        diagnostic.setSource(DIAGNOSTIC_SOURCE);
        return diagnostic;
    }
}
