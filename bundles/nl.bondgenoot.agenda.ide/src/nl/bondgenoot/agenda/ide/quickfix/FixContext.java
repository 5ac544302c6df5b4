package nl.bondgenoot.agenda.ide.quickfix;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.engine.ProfileException;
import nl.bondgenoot.rules.engine.RuleEngine;

/** The finding a quick fix is asked for: its document, resource, offset and the element it is on. */
record FixContext(Options options, Diagnostic diagnostic) {

    XtextResource resource() {
        return (XtextResource) options.getResource();
    }

    int offset() {
        return options.getDocument().getOffSet(diagnostic.getRange().getStart());
    }

    /** The element of the given type at the finding (the finding sits on its name or first word). */
    <T extends EObject> T element(Class<T> type, EObjectAtOffsetHelper offsets) {
        EObject element = offsets.resolveContainedElementAt(resource(), offset());
        return element == null ? null : EcoreUtil2.getContainerOfType(element, type);
    }

    /** The engine the validator used: the project's rule profile applies to the fixes as well. */
    RuleEngine engine() {
        if (resource().getURI().isFile()) {
            try {
                return Rules.engineFor(Path.of(resource().getURI().toFileString()));
            } catch (ProfileException e) {
                return Rules.engine();
            }
        }
        return Rules.engine();
    }
}
