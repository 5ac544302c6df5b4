package nl.bondgenoot.representation.look;

/**
 * One path of a node as the browser and the export draw it, in the node's own coordinates.
 *
 * @param role "vorm" (the outline, which takes selection and hover), "dak", "binnenrand", "vouw"
 * @param fill a colour or "none"
 * @param fillOpacity 1 unless the style sets a dekking
 * @param dash "" for solid
 */
public record Paint(String role, String d, String fill, double fillOpacity, String stroke, double strokeWidth, String dash) {
}
