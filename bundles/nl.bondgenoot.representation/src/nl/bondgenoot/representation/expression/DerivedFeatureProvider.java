package nl.bondgenoot.representation.expression;

import java.util.List;

/**
 * Contributes derived features to every description, through the extension point
 * {@value DerivedFeatures#EXTENSION_POINT} (schema {@code schema/derivedFeatures.exsd}). A bundle that
 * computes something about the model (a network metric, say) makes it usable in conditions, labels
 * and numeric styles ({@code "schaal"}) without changing this bundle. Names must not repeat a
 * feature of the metamodel or another derived feature of the same class; a repeated name is left out.
 */
public interface DerivedFeatureProvider {

    List<DerivedFeature> derivedFeatures();
}
