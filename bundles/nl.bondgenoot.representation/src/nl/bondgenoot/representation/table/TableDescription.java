package nl.bondgenoot.representation.table;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.representation.Description;
import nl.bondgenoot.representation.expression.Context;
import nl.bondgenoot.representation.expression.Expression;

/**
 * A table representation of a model, read from a description in the weergave format with
 * {@code "soort": "tabel"}: one row per element that {@code elementen} gives (and {@code als} keeps),
 * and its columns.
 *
 * @param rowClass  the metamodel class of the rows
 * @param elementen the expression on the model that gives the rows
 * @param als       the condition a row must meet, or null for every element
 * @param file      the description file, for messages
 */
public record TableDescription(String id, String naam, String omschrijving, EClass rowClass, Expression elementen, Expression als,
        List<TableColumn> columns, String file) implements Description {

    public TableDescription {
        columns = List.copyOf(columns);
    }

    /** The rows of the table in the model, in the model's order. */
    public List<EObject> rowsOf(EObject model) {
        if (model == null) {
            return List.of();
        }
        return elementen.values(model, Context.NONE).stream().filter(rowClass::isInstance).map(EObject.class::cast)
                .filter(row -> als == null || als.test(row, Context.NONE)).toList();
    }
}
