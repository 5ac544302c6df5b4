package nl.bondgenoot.rules.engine;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.Severity;

/**
 * The rule engine as an EMF {@link EValidator}, so that EMF's {@code Diagnostician} (and every tool
 * built on it) reports the same findings as the CLI and the workbench. Each diagnostic carries the
 * {@link Finding} as its first data element.
 */
public final class RuleEValidator implements EValidator {

    public static final String SOURCE = "nl.bondgenoot.rules";

    private final RuleEngine engine;

    public RuleEValidator(RuleEngine engine) {
        this.engine = engine;
    }

    /** Registers a validator with every installed rule for the Bondgenoot package. */
    public static void install() {
        EValidator.Registry.INSTANCE.put(BondgenootPackage.eINSTANCE, new RuleEValidator(Rules.engine()));
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean[] valid = { true };
        engine.validateElement(eObject, finding -> {
            valid[0] &= finding.severity() != Severity.ERROR;
            if (diagnostics != null) {
                diagnostics.add(new BasicDiagnostic(level(finding.severity()), SOURCE, 0, finding.text(),
                        new Object[] { finding, finding.element() }));
            }
        });
        return valid[0];
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    private static int level(Severity severity) {
        return switch (severity) {
            case ERROR -> Diagnostic.ERROR;
            case WARNING -> Diagnostic.WARNING;
            case INFO -> Diagnostic.INFO;
        };
    }
}
