package nl.bondgenoot.diagram.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;

import com.google.inject.Inject;

import nl.bondgenoot.diagram.emf.ModelHost;
import nl.bondgenoot.diagram.model.NetwerkkaartModelState;
import nl.bondgenoot.diagram.representations.DiagramRepresentations;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.representation.table.TabSeparated;
import nl.bondgenoot.representation.table.TableCells;
import nl.bondgenoot.representation.table.TableColumn;
import nl.bondgenoot.representation.table.TableDescription;

/**
 * Answers the page's table panel: the table representations (built-in and contributed) and the rows
 * of the one it shows, read from the served model as it is now.
 */
public class TableRequestHandler extends AbstractActionHandler<TableRequestAction> {

    @Inject
    private NetwerkkaartModelState state;

    @Inject
    private ModelHost host;

    @Override
    protected List<Action> executeAction(TableRequestAction action) {
        // Read where the model may be read: under the served model's lock, or on the workbench's UI thread.
        return List.of(host.exclusive(() -> answer(action).withProblemen(DiagramRepresentations.get().problems())));
    }

    private TableAction answer(TableRequestAction action) {
        List<TableDescription> tables = DiagramRepresentations.get().tables();
        List<TableAction.Entry> entries = tables.stream().map(t -> new TableAction.Entry(t.id(), t.naam())).toList();
        Optional<TableDescription> asked = DiagramRepresentations.get().findTable(action.getTabel());
        if (asked.isEmpty() || state.getModel() == null) {
            return new TableAction(entries, "", List.of(), "", List.of());
        }
        TableDescription table = asked.get();
        EditingDomain domain = state.getEditingDomain();
        List<EObject> rows = table.rowsOf(state.getModel());
        List<TableAction.Column> columns = new ArrayList<>();
        for (TableColumn column : table.columns()) {
            List<List<String>> choices = column.isEditable() && !rows.isEmpty()
                    ? TableCells.choices(domain, column, rows.get(0)).map(list -> list.stream().map(c -> List.of(c.key(), c.text())).toList())
                            .orElse(null)
                    : null;
            columns.add(new TableAction.Column(column.header(), column.width(), column.isEditable(), choices));
        }
        List<TableAction.Row> shown = rows.stream().map(row -> new TableAction.Row(row instanceof Element e ? e.getId() : "",
                table.columns().stream().map(c -> c.text(row)).toList(),
                table.columns().stream().map(c -> c.isEditable() ? TableCells.key(c.editedValue(row)) : null).toList(),
                TabSeparated.line(table.columns(), row))).toList();
        return new TableAction(entries, table.id(), columns, TabSeparated.header(table.columns()), shown);
    }
}
