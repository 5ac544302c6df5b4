package nl.bondgenoot.representation.table;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.representation.expression.Context;
import nl.bondgenoot.representation.expression.Expression;

/**
 * One column of a table: its Dutch header, what it shows (an expression of the description language
 * on the row, such as {@code van.naam} or {@code omschrijving}) and, when editable, the single-valued
 * feature of the row that an edit sets.
 *
 * @param tekst    what the cell shows
 * @param edits    the feature a cell edit sets, or null when the column is read-only
 * @param width    the column's width in pixels
 */
public record TableColumn(String header, Expression tekst, EStructuralFeature edits, int width) {

    public boolean isEditable() {
        return edits != null;
    }

    /** The value shown for the row: what the column's expression gives (null where a step of a path is not set). */
    public Object value(EObject row) {
        return tekst.evaluate(row, Context.NONE);
    }

    /** The cell's text, as the table shows it and copies it: Dutch labels for values, names for elements. */
    public String text(EObject row) {
        return textOf(value(row));
    }

    /** The value the edited feature has now on the row (what a cell editor starts with). */
    public Object editedValue(EObject row) {
        return edits == null ? null : row.eGet(edits);
    }

    static String textOf(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enumerator literal) {
            return Labels.of(literal);
        }
        if (value instanceof Element element) {
            return element.getNaam() == null ? Labels.typeOf(element.eClass()) : element.getNaam();
        }
        if (value instanceof EObject object) {
            return Labels.typeOf(object.eClass());
        }
        if (value instanceof Boolean yes) {
            return yes ? "ja" : "nee";
        }
        if (value instanceof List<?> values) {
            return values.stream().map(TableColumn::textOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
