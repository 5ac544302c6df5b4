package nl.bondgenoot.representation.description;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.representation.expression.Context;
import nl.bondgenoot.representation.expression.Expression;

/**
 * A size policy by number ({@code "schaal"} in a description): a numeric expression (a derived feature
 * such as {@code aantalRelaties}, or a metric a bundle contributes) sets a node's border width, width
 * and height or a line's width, linearly between two values, clamped at the ends: at {@code van} or
 * less the first value, at {@code tot} or more the second.
 *
 * @param randdikte border width of a node or width of a line, [at van, at tot], or null
 * @param breedte smallest width of a node (it still grows with its labels), or null
 * @param hoogte smallest height of a node, or null
 * @param legenda what is counted, for the legend's rows ("sturingsrelaties": "0 sturingsrelaties",
 *        "8 of meer sturingsrelaties"); without it the scale has no legend rows
 */
public record Scale(Expression waarde, double van, double tot, double[] randdikte, double[] breedte, double[] hoogte,
        String legenda) {

    /** The key under which a legend's example gives the value, whatever the expression is. */
    public static final String EXAMPLE = "#schaal";

    /** The expression's value for the element (0 when it gives no number); a legend's example gives it directly. */
    public double valueOf(EObject element, Context context) {
        if (context.legend() && context.example().get(EXAMPLE) instanceof Number n) {
            return n.doubleValue();
        }
        return waarde.evaluate(element, context) instanceof Number n ? n.doubleValue() : 0;
    }

    /** Where the value lies between van and tot, clamped to 0..1. */
    public double fraction(double value) {
        if (tot == van) {
            return value >= tot ? 1 : 0;
        }
        return Math.max(0, Math.min(1, (value - van) / (tot - van)));
    }

    public static double between(double[] range, double fraction) {
        return range[0] + (range[1] - range[0]) * fraction;
    }

    /** The style with the border (or line) width this value gives. */
    public Style apply(Style style, double value) {
        if (randdikte == null) {
            return style;
        }
        double width = Math.round(between(randdikte, fraction(value)) * 100) / 100.0;
        return style.with(new Style(null, null, null, width, null, null, null, null, null, null));
    }

    /** The legend's rows: the look at van and at tot, with readable text ("8 of meer sturingsrelaties"). */
    public List<Step> legendSteps() {
        List<Step> steps = new ArrayList<>();
        if (legenda != null) {
            String low = Expression.text(van);
            steps.add(new Step(van, van <= 0 ? low + " " + legenda : low + " of minder " + legenda));
            steps.add(new Step(tot, Expression.text(tot) + " of meer " + legenda));
        }
        return steps;
    }

    public record Step(double value, String text) {
    }
}
