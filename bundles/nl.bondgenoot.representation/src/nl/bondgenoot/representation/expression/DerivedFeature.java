package nl.bondgenoot.representation.expression;

import java.util.function.BiFunction;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * A value a description can use as if it were a feature of the metamodel, computed from the model
 * (such as the family of a sturingsrelatie or whether an actor belongs to the gemeente); documented
 * for description authors with its Dutch explanation.
 */
public record DerivedFeature(EClass owner, String name, Type type, String documentation,
        BiFunction<EObject, Context, Object> value) {
}
