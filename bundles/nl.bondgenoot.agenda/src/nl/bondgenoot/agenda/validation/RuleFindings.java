package nl.bondgenoot.agenda.validation;

import java.util.List;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;

import nl.bondgenoot.rules.Finding;

/**
 * The rule engine's findings from an agenda's last validation, kept on its resource, so that a
 * front end that lists findings (the workbench's Bevindingen) shows them without judging again.
 */
public final class RuleFindings extends AdapterImpl {

    private final List<Finding> findings;

    private RuleFindings(List<Finding> findings) {
        this.findings = List.copyOf(findings);
    }

    static void attach(Resource resource, List<Finding> findings) {
        resource.eAdapters().removeIf(RuleFindings.class::isInstance);
        resource.eAdapters().add(new RuleFindings(findings));
    }

    /** The findings of the resource's last validation, or null when it has not been validated. */
    public static List<Finding> of(Resource resource) {
        return resource.eAdapters().stream().filter(RuleFindings.class::isInstance).map(a -> ((RuleFindings) a).findings)
                .findFirst().orElse(null);
    }
}
