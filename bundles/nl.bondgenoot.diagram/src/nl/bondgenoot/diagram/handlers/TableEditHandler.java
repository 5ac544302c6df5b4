package nl.bondgenoot.diagram.handlers;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;

import nl.bondgenoot.diagram.representations.DiagramRepresentations;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.representation.table.TableCells;
import nl.bondgenoot.representation.table.TableColumn;
import nl.bondgenoot.representation.table.TableDescription;
import nl.bondgenoot.representation.table.TableEdits;

/**
 * A cell edit from the page's table: the same EMF command the workbench's table runs (TableEdits), on
 * the model's one command stack, so the page's undo undoes it and the map and the table follow. Only
 * rows of the table and a value the cell can take are accepted.
 */
public class TableEditHandler extends NetwerkkaartOperationHandler<TableEditOperation> {

    @Override
    public String getLabel() {
        return "Tabel wijzigen";
    }

    @Override
    public Optional<Command> createCommand(TableEditOperation operation) {
        Optional<TableDescription> table = DiagramRepresentations.get().findTable(operation.getTabel());
        if (table.isEmpty() || operation.getKolom() < 0 || operation.getKolom() >= table.get().columns().size()) {
            return doNothing();
        }
        ModelEdits edits = edits();
        TableColumn column = table.get().columns().get(operation.getKolom());
        List<Element> rows = operation.getRijen().stream().flatMap(id -> edits.element(id, Element.class).stream())
                .filter(row -> table.get().rowClass().isInstance(row)).toList();
        if (rows.isEmpty() || !column.isEditable()) {
            return doNothing();
        }
        Object value;
        try {
            value = TableCells.value(edits.domain(), column, rows.get(0), operation.getWaarde());
        } catch (IllegalArgumentException e) {
            return doNothing();
        }
        Command command = TableEdits.set(edits.domain(), column, rows, value);
        return command.canExecute() ? Optional.of(command) : doNothing();
    }
}
