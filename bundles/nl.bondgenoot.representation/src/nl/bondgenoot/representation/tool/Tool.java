package nl.bondgenoot.representation.tool;

import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

/**
 * A palette tool as a description states it, checked against the metamodel and the description's
 * mappings: what it makes (a node, a line of a class, or a link along a reference), where the new
 * element goes, the fixed values it sets, and the mapping that draws the result. With a repeat it
 * stands for one palette entry per value ({@link Repeat}).
 *
 * @param soort        what the tool makes
 * @param klasse       the class it creates (KNOOP, LIJN) or the owner of the reference (VERBINDING)
 * @param in           the model's list the new element goes into (KNOOP, LIJN)
 * @param bron         the source feature of a LIJN, as the line mapping draws it
 * @param doel         the target feature of a LIJN
 * @param verwijzing   the reference a VERBINDING adds to
 * @param naarEigenaar a VERBINDING is drawn from the value to the owner (a lidmaatschap: actor to netwerk)
 * @param elementType  the GModel type of what is made: "node:" or "edge:" and the drawing mapping's id
 * @param waarden      the fixed values, as written (with placeholders of the repeat)
 */
public record Tool(String id, String naam, String icoon, Kind soort, EClass klasse, EReference in, EReference bron,
        EReference doel, EReference verwijzing, boolean naarEigenaar, String elementType, Map<EAttribute, String> waarden,
        Repeat voorElke, int line) {

    /** The argument of a palette entry's creation action: the id of the entry ({@link ToolItem#id()}). */
    public static final String ARG = "gereedschap";

    public enum Kind {
        /** A new element drawn as a node. */
        KNOOP,
        /** A new element drawn as a line between two elements (bron and doel). */
        LIJN,
        /** A value added to a reference of an existing element, drawn as a line. */
        VERBINDING
    }
}
