package nl.bondgenoot.representation.table;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A cell edit as an EMF command for the model's one command stack: one value set on one row or on
 * several selected rows at once, always one command (one undo).
 */
public final class TableEdits {

    private TableEdits() {
    }

    /**
     * Sets the column's edited feature to the value on every row that does not have it yet; an
     * unexecutable command when the column cannot be edited or nothing would change.
     */
    public static Command set(EditingDomain domain, TableColumn column, List<? extends EObject> rows, Object value) {
        if (!column.isEditable()) {
            return UnexecutableCommand.INSTANCE;
        }
        List<? extends EObject> changed = rows.stream()
                .filter(row -> column.edits().getEContainingClass().isInstance(row))
                .filter(row -> !unchanged(row.eGet(column.edits()), value)).toList();
        if (changed.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        String label = changed.size() == 1 ? column.header() + " wijzigen"
                : column.header() + " wijzigen in " + changed.size() + " rijen";
        CompoundCommand command = new CompoundCommand(label);
        for (EObject row : changed) {
            command.append(SetCommand.create(domain, row, column.edits(), value));
        }
        return command;
    }

    /** The same value; an empty text typed into a cell whose text is not set changes nothing either. */
    private static boolean unchanged(Object current, Object value) {
        return Objects.equals(current, value) || current == null && "".equals(value);
    }
}
