package nl.bondgenoot.agenda.tests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import nl.bondgenoot.agenda.ide.server.CodeActionRequest;

/**
 * Test support: asks the LSP code-action service (as bound in the agenda's IDE module) for the fixes
 * of one finding and applies each to the text, as an editor would.
 */
final class QuickFixes {

    /** A fix as the user sees it: its label and the text after applying it. */
    record Fix(String label, String result) {
    }

    private QuickFixes() {
    }

    static List<Issue> issues(XtextResource resource) {
        return IdeServices.injector().getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
                CancelIndicator.NullImpl);
    }

    static Issue issue(XtextResource resource, String code) {
        return issues(resource).stream().filter(i -> code.equals(i.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + issues(resource)));
    }

    static List<Fix> fixes(XtextResource resource, String text, String code) {
        Document document = new Document(1, text);
        List<Fix> fixes = new ArrayList<>();
        for (CodeAction action : CodeActionRequest.fixes(resource, document, resource.getURI().toString(),
                List.of(issue(resource, code)))) {
            List<TextEdit> edits = action.getEdit().getChanges().values().iterator().next();
            fixes.add(new Fix(action.getTitle(), apply(document, edits)));
        }
        return fixes;
    }

    /** LSP edits refer to the original text: applied from the end backwards. */
    static String apply(Document document, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparing((TextEdit e) -> document.getOffSet(e.getRange().getStart())).reversed());
        StringBuilder text = new StringBuilder(document.getContents());
        for (TextEdit edit : sorted) {
            text.replace(document.getOffSet(edit.getRange().getStart()), document.getOffSet(edit.getRange().getEnd()),
                    edit.getNewText());
        }
        return text.toString();
    }
}
