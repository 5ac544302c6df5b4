package nl.bondgenoot.compare;

/**
 * An element that changed container: from feature {@code fromFeature} (Dutch label) of {@code from} to
 * {@code toFeature} of {@code to}.
 */
public record Move(ElementName from, String fromFeature, ElementName to, String toFeature) {
}
