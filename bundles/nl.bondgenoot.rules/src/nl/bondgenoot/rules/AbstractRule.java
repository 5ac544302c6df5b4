package nl.bondgenoot.rules;

import org.eclipse.emf.ecore.EObject;

/** Base class for rules: holds the rule's description and the element type it checks. */
public abstract class AbstractRule<T extends EObject> implements Rule<T> {

    private final RuleInfo info;
    private final Class<T> type;

    protected AbstractRule(Class<T> type, RuleInfo info) {
        this.type = type;
        this.info = info;
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    @Override
    public final Class<T> appliesTo() {
        return type;
    }
}
