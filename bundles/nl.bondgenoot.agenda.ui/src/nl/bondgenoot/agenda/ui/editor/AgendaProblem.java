package nl.bondgenoot.agenda.ui.editor;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** A problem of the agenda shown in the editor (squiggle, ruler, overview), with the issue it came from. */
final class AgendaProblem extends Annotation {

    static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
    static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
    static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

    private final Issue issue;

    AgendaProblem(Issue issue) {
        super(typeOf(issue.getSeverity()), false, issue.getMessage());
        this.issue = issue;
    }

    Issue issue() {
        return issue;
    }

    private static String typeOf(Severity severity) {
        return switch (severity) {
            case ERROR -> ERROR;
            case WARNING -> WARNING;
            default -> INFO;
        };
    }
}
