package nl.bondgenoot.rules;

import org.eclipse.emf.ecore.EObject;

/**
 * A rule from the SPEC catalogue. The engine walks a model once and offers each element to the
 * rules whose {@link #appliesTo()} type it has; a rule about the whole model applies to
 * {@code Governancemodel}.
 *
 * @param <T> the kind of model element the rule checks
 */
public interface Rule<T extends EObject> {

    RuleInfo info();

    Class<T> appliesTo();

    /** Checks one element and reports what it finds to the context. */
    void check(T element, RuleContext context);
}
