package nl.bondgenoot.rules;

import org.eclipse.emf.ecore.EObject;

/**
 * One result of the rule engine, the same for every front end (CLI, DSL, diagram, problems view).
 *
 * @param rule         the rule that produced it
 * @param severity     the severity in force (the rule's default unless a profile overrides it)
 * @param element      the model element it is about
 * @param message      Dutch message naming the element, without id and source (see {@link #text()})
 * @param quickFixHint a short Dutch description of the obvious repair, or {@code null}
 */
public record Finding(RuleInfo rule, Severity severity, EObject element, String message, String quickFixHint) {

    public String ruleId() {
        return rule.id();
    }

    public String source() {
        return rule.source();
    }

    /** "[NET-1] message (S2:2258-2260)", the form every front end shows. */
    public String text() {
        return "[" + rule.id() + "] " + message + " (" + rule.source() + ")";
    }
}
