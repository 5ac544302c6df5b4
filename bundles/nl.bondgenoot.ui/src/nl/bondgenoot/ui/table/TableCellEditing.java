package nl.bondgenoot.ui.table;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationListener;
import org.eclipse.jface.viewers.ColumnViewerEditorDeactivationEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;

import nl.bondgenoot.representation.table.TableColumn;
import nl.bondgenoot.representation.table.TableCells;
import nl.bondgenoot.representation.table.TableEdits;
import nl.bondgenoot.ui.editor.ModelDocument;
import nl.bondgenoot.ui.properties.ItemPropertyDescriptor;

/**
 * Editing a cell with the editor Eigenschappen uses for the feature (a list with the Dutch labels for
 * a choice, the model's actors for a reference, a checked text field for a name); the value is set
 * as one command on every selected row when the edited row is one of them, else on that row.
 */
final class TableCellEditing extends EditingSupport {

    private final TableViewer viewer;
    private final TableColumn column;
    private final ModelDocument document;
    private final Rows rows;
    private CellEditor current;

    /**
     * The rows an edit goes to: the selected rows when the edited row is one of them. Opening a cell
     * editor from the menu selects only the edited row, so the rows selected before are kept here
     * until the editor closes, and selected again then.
     */
    static final class Rows {
        private TableViewer viewer;
        private List<EObject> editing = List.of();

        void attach(TableViewer table) {
            viewer = table;
            viewer.getColumnViewerEditor().addEditorActivationListener(new ColumnViewerEditorActivationListener() {
                @Override
                public void beforeEditorActivated(ColumnViewerEditorActivationEvent event) {
                    // nothing to do before
                }

                @Override
                public void afterEditorActivated(ColumnViewerEditorActivationEvent event) {
                    // nothing to do after
                }

                @Override
                public void beforeEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
                    // nothing to do before
                }

                @Override
                public void afterEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
                    List<EObject> edited = editing;
                    editing = List.of();
                    if (edited.size() > 1) {
                        viewer.setSelection(new StructuredSelection(edited));
                    }
                }
            });
        }

        void editRows(List<EObject> selected) {
            editing = List.copyOf(selected);
        }

        List<EObject> of(Object row) {
            if (editing.contains(row)) {
                return editing;
            }
            List<?> selected = viewer.getStructuredSelection().toList();
            return selected.contains(row) ? selected.stream().map(EObject.class::cast).toList() : List.of((EObject) row);
        }
    }

    TableCellEditing(TableViewer viewer, TableColumn column, ModelDocument document, Rows rows) {
        super(viewer);
        this.viewer = viewer;
        this.column = column;
        this.document = document;
        this.rows = rows;
    }

    @Override
    protected CellEditor getCellEditor(Object row) {
        IItemPropertyDescriptor descriptor = descriptor((EObject) row);
        if (current != null) {
            current.dispose(); // the choices differ per row (a reference's candidates): one editor at a time
        }
        current = descriptor == null ? null : new ItemPropertyDescriptor(row, descriptor).createPropertyEditor(viewer.getTable());
        return current;
    }

    @Override
    protected boolean canEdit(Object row) {
        IItemPropertyDescriptor descriptor = descriptor((EObject) row);
        return descriptor != null && descriptor.canSetProperty(row);
    }

    @Override
    protected Object getValue(Object row) {
        Object value = column.editedValue((EObject) row);
        // A text field starts empty on an unset text.
        return value == null && column.edits().getEType().getInstanceClass() == String.class ? "" : value;
    }

    @Override
    protected void setValue(Object row, Object value) {
        Command command = TableEdits.set(document.domain(), column, rows.of(row), value);
        if (command.canExecute()) {
            document.commandStack().execute(command);
        }
    }

    /** The item provider's description of the edited feature on this row (its editor, choices and labels). */
    private IItemPropertyDescriptor descriptor(EObject row) {
        return TableCells.descriptor(document.adapterFactory(), row, column.edits());
    }
}
