package nl.bondgenoot.representation.expression;

import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

/**
 * What an expression may know besides the element itself: the worst rule finding per element (FOUT,
 * WAARSCHUWING, INFO or none) and, for a legend's example, values that stand in for the element's own.
 *
 * @param legend evaluating for a legend's example: an attribute the example does not give has no
 *        value (not the metamodel's default, so that an example netwerkregisseur is not also drawn as
 *        overheid, the first categorie)
 */
public record Context(Function<EObject, String> worstFinding, Map<String, Object> example, boolean legend) {

    public static final Context NONE = new Context(e -> "", Map.of(), false);

    public static Context withFindings(Function<EObject, String> worstFinding) {
        return new Context(worstFinding, Map.of(), false);
    }

    /** For a legend's example element: these values, and no value for every other attribute. */
    public Context withExample(Map<String, Object> values) {
        return new Context(worstFinding, values, true);
    }
}
