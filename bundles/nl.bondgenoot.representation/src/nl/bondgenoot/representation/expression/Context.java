package nl.bondgenoot.representation.expression;

import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

/**
 * What an expression may know besides the element itself: the worst rule finding per element (FOUT,
 * WAARSCHUWING, INFO or none), numeric measures such as a network metric, and, for a legend's
 * example, values that stand in for the element's own.
 */
public record Context(Function<EObject, String> worstFinding, Map<String, Object> example) {

    public static final Context NONE = new Context(e -> "", Map.of());

    public static Context withFindings(Function<EObject, String> worstFinding) {
        return new Context(worstFinding, Map.of());
    }

    public Context withExample(Map<String, Object> values) {
        return new Context(worstFinding, values);
    }
}
