package nl.bondgenoot.agenda.ide.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import nl.bondgenoot.agenda.validation.AgendaIssueCodes;

/**
 * The problems of one file as the server sends them to the editor: at most {@link #MOST}, errors
 * first, and after them one that says how many more there are and that {@code bondgenoot validate}
 * lists them all. No one reads further in an editor's list, and turning 115,000 problems into JSON
 * and sending them kept the server busy for seconds. The command line keeps listing every problem.
 */
final class PublishedDiagnostics {

    /** The most problems of one file the editor gets. */
    static final int MOST = 1000;

    private PublishedDiagnostics() {
    }

    static List<Diagnostic> of(Iterable<? extends Issue> issues, Function<Issue, Diagnostic> toDiagnostic) {
        List<Issue> shown = new ArrayList<>();
        for (Issue issue : issues) {
            if (issue.getSeverity() != Severity.IGNORE) {
                shown.add(issue);
            }
        }
        if (shown.size() > MOST) {
            shown.sort(Comparator.comparing(Issue::getSeverity)); // stable: errors first, each kind in the file's order
        }
        List<Diagnostic> diagnostics = new ArrayList<>(Math.min(shown.size(), MOST + 1));
        for (Issue issue : shown.subList(0, Math.min(shown.size(), MOST))) {
            diagnostics.add(toDiagnostic.apply(issue));
        }
        if (shown.size() > MOST) {
            // Where the first problem left out is, as grave as the gravest of them.
            Issue firstLeftOut = shown.get(MOST);
            Diagnostic more = toDiagnostic.apply(firstLeftOut);
            more.setCode(AgendaIssueCodes.MEER);
            more.setData(null);
            more.setMessage(moreMessage(shown.size() - MOST, fileName(firstLeftOut)));
            diagnostics.add(more);
        }
        return diagnostics;
    }

    static String moreMessage(int leftOut, String file) {
        return "nog " + leftOut + " bevindingen in " + file + " staan niet in deze lijst: de editor krijgt er hoogstens " + MOST
                + ". 'bondgenoot validate " + file + "' noemt ze allemaal";
    }

    private static String fileName(Issue issue) {
        URI uri = issue.getUriToProblem();
        return uri == null || uri.lastSegment() == null ? "BESTAND" : URI.decode(uri.lastSegment());
    }
}
