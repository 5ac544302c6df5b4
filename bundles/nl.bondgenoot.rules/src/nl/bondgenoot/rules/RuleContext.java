package nl.bondgenoot.rules;

import org.eclipse.emf.ecore.EObject;

/** What a rule may use while it checks: where to report, and its parameters (thresholds as data). */
public interface RuleContext {

    /** Reports a finding about {@code element}; the message is Dutch and names the element. */
    void report(EObject element, String message);

    /** Reports a finding with a short Dutch hint for the obvious repair (used by quick fixes). */
    void report(EObject element, String message, String quickFixHint);

    /**
     * A whole-number parameter of the running rule, e.g. {@code minimumOrganisaties} for NET-1:
     * its value comes from the rule set's parameter file and may be overridden by the project's
     * rule profile.
     */
    int intParameter(String name);

    /** A text parameter of the running rule (see {@link #intParameter(String)}). */
    String parameter(String name);
}
