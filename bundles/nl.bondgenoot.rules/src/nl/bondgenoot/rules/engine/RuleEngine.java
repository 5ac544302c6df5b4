package nl.bondgenoot.rules.engine;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rule;

/**
 * Runs rules over a model in one pass over its contents. One engine serves the CLI, the model
 * validator, the agenda DSL and the diagram markers, so they all report the same findings.
 */
public final class RuleEngine {

    private final List<Rule<?>> rules;

    public RuleEngine(List<Rule<?>> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule<?>> rules() {
        return rules;
    }

    /** Checks the root and everything it contains. */
    public List<Finding> validate(EObject root) {
        List<Finding> findings = new ArrayList<>();
        checkOne(root, findings);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            checkOne(it.next(), findings);
        }
        return findings;
    }

    private void checkOne(EObject element, List<Finding> findings) {
        for (Rule<?> rule : rules) {
            if (rule.appliesTo().isInstance(element)) {
                run(rule, element, findings);
            }
        }
    }

    private static <T extends EObject> void run(Rule<T> rule, EObject element, List<Finding> findings) {
        rule.check(rule.appliesTo().cast(element),
                (about, message) -> findings.add(new Finding(rule.info(), rule.info().severity(), about, message)));
    }
}
