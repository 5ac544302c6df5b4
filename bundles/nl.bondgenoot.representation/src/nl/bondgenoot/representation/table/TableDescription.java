package nl.bondgenoot.representation.table;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * A table representation of a model, read from a description file: one row per element of a class
 * in one of the model's lists (the sturingsrelaties, the actoren), and its columns.
 *
 * @param id       the table's id, unique among the tables
 * @param naam     the Dutch name the workbench shows
 * @param rowClass the metamodel class of the rows
 * @param rows     the model's containment list the rows come from
 * @param source   the description file, for messages
 */
public record TableDescription(String id, String naam, EClass rowClass, EReference rows, List<TableColumn> columns, String source) {

    public TableDescription {
        columns = List.copyOf(columns);
    }

    /** The rows of the table in the model, in the model's order. */
    public List<EObject> rowsOf(EObject model) {
        if (model == null || !rows.getEContainingClass().isInstance(model)) {
            return List.of();
        }
        return ((List<?>) model.eGet(rows)).stream().filter(rowClass::isInstance).map(EObject.class::cast).toList();
    }
}
