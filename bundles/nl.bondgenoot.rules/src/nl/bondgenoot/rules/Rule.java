package nl.bondgenoot.rules;

import org.eclipse.emf.ecore.EObject;

/**
 * A rule from the SPEC catalogue. The engine walks a model once and offers each element to the
 * rules whose {@link #appliesTo()} type it has.
 *
 * @param <T> the kind of model element the rule checks
 */
public interface Rule<T extends EObject> {

    RuleInfo info();

    Class<T> appliesTo();

    void check(T element, FindingSink sink);

    /** Where a rule reports what it finds; the engine fills in severity and rule. */
    interface FindingSink {
        void report(EObject element, String message);
    }
}
