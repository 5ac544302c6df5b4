package nl.bondgenoot.ui.table;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.FocusCellHighlighter;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;

import nl.bondgenoot.representation.table.TabSeparated;
import nl.bondgenoot.representation.table.TableColumn;
import nl.bondgenoot.representation.table.TableDescription;
import nl.bondgenoot.diagram.representations.DiagramRepresentations;
import nl.bondgenoot.ui.Messages;
import nl.bondgenoot.ui.editor.ErrorPage;
import nl.bondgenoot.ui.editor.ModelDocumentEditor;
import nl.bondgenoot.ui.editor.UndoRedoActions;

/**
 * A table of a model (its description says which rows and columns), edited on the same model as the
 * model editor and the network map: every cell edit is an EMF command on the model's one command
 * stack, so Ongedaan maken in any of them undoes it and the tree and the map follow. Columns sort
 * on a click on their header, the filter keeps the rows with the text in any cell, a value chosen
 * with several rows selected is set on all of them as one command, and Kopiëren puts the selected
 * rows on the clipboard as tab-separated text for a spreadsheet.
 */
public class TableEditor extends ModelDocumentEditor {

    public static final String ID = "nl.bondgenoot.ui.tableEditor";

    private TableDescription table;
    private TableViewer viewer;
    private Text filterText;
    private Label count;
    private TableSorting sorting;
    private final TableFilter filter = new TableFilter();
    private final TableCellEditing.Rows editing = new TableCellEditing.Rows();
    private UndoRedoActions undoRedo;
    private final Action copy = new Action(Messages.table_copy) {
        @Override
        public void run() {
            copySelection();
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInputWithNotify(input);
        if (!(input instanceof TableEditorInput tableInput)) {
            throw new PartInitException(NLS.bind(Messages.table_noTable, input.getName()));
        }
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        table = DiagramRepresentations.get().findTable(tableInput.tableId()).orElse(null);
        if (table == null) {
            setProblem(NLS.bind(Messages.table_noTable, tableInput.tableId()));
            return;
        }
        Path modelFile = tableInput.modelFile();
        openDocument(site, modelFile, new Problems(NLS.bind(Messages.table_noModel, modelFile),
                NLS.bind(Messages.table_stillLoading, modelFile.getFileName()), Messages.modelEditor_unreadable));
    }

    @Override
    public void createPartControl(Composite parent) {
        if (problem() != null) {
            ErrorPage.create(parent, problem());
            return;
        }
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).applyTo(area);
        Label filterLabel = new Label(area, SWT.NONE);
        filterLabel.setText(Messages.table_filter);
        filterText = new Text(area, SWT.SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filterText.setMessage(Messages.table_filterHint);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(filterText);
        count = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(160, SWT.DEFAULT).applyTo(count);

        viewer = new TableViewer(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(viewer.getControl());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        sorting = new TableSorting(viewer);
        for (TableColumn column : table.columns()) {
            TableViewerColumn shown = new TableViewerColumn(viewer, SWT.LEFT);
            shown.getColumn().setText(column.header());
            shown.getColumn().setWidth(column.width());
            shown.getColumn().setMoveable(true);
            shown.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object row) {
                    return column.text((EObject) row);
                }
            });
            if (column.isEditable()) {
                shown.setEditingSupport(new TableCellEditing(viewer, column, document(), editing));
            }
            sorting.sortOnClick(shown.getColumn(), column);
        }
        enableKeyboardEditing();
        editing.attach(viewer);
        filter.attach(viewer, table.columns());
        filterText.addModifyListener(event -> {
            filter.setText(filterText.getText());
            showCount();
        });
        viewer.setInput(rows());
        showCount();

        selectionProvider().attach(viewer);
        undoRedo = installUndoRedo();
        copy.setActionDefinitionId("org.eclipse.ui.edit.copy");
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        judge();
    }

    /**
     * A double-click edits the cell under the pointer; F2 or Enter the focused cell, keeping the
     * selection (so a value goes to every selected row); Tab goes on to the next editable cell.
     */
    private void enableKeyboardEditing() {
        // A highlighter that draws nothing: selected rows are shown whole, as the platform draws them.
        TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer, new FocusCellHighlighter(viewer) {
        });
        ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (event.keyCode == SWT.F2 || event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR);
            }
        };
        activation.setEnableEditorActivationWithKeyboard(true);
        TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL
                | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
    }

    /** Bewerken ▸ (each editable column: a value for the selected rows), undo/redo and Kopiëren. */
    private void fillContextMenu(IMenuManager menu) {
        List<EObject> selected = selectedRows();
        MenuManager edit = new MenuManager(Messages.table_edit);
        for (int i = 0; i < table.columns().size(); i++) {
            TableColumn column = table.columns().get(i);
            if (column.isEditable()) {
                int index = i;
                Action action = new Action(column.header()) {
                    @Override
                    public void run() {
                        editColumn(index);
                    }
                };
                action.setEnabled(!selected.isEmpty());
                edit.add(action);
            }
        }
        menu.add(edit);
        menu.add(new Separator());
        menu.add(undoRedo.undo());
        menu.add(undoRedo.redo());
        menu.add(new Separator());
        menu.add(copy);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** Opens the cell editor of the column on the first selected row; the value chosen goes to every selected row. */
    public void editColumn(int index) {
        List<EObject> selected = selectedRows();
        if (!selected.isEmpty()) {
            editing.editRows(selected); // editing a cell selects only its row; the value still goes to all of these
            viewer.editElement(selected.get(0), index);
        }
    }

    /** The selected rows (all shown rows when none is selected) as tab-separated text, with a header line, on the clipboard. */
    void copySelection() {
        if (filterText.isFocusControl()) {
            filterText.copy();
            return;
        }
        List<EObject> rows = selectedRows();
        if (rows.isEmpty()) {
            rows = shownRows();
        }
        Clipboard clipboard = new Clipboard(viewer.getControl().getDisplay());
        try {
            clipboard.setContents(new Object[] { TabSeparated.of(table.columns(), rows) }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    /** The rows as the table now shows them: filtered and in the chosen order. */
    public List<EObject> shownRows() {
        int count = viewer.getTable().getItemCount();
        List<EObject> rows = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add((EObject) viewer.getElementAt(i));
        }
        return rows;
    }

    /** The selected rows in the order the table shows them. */
    public List<EObject> selectedRows() {
        List<?> selected = viewer.getStructuredSelection().toList();
        return shownRows().stream().filter(selected::contains).toList();
    }

    private List<EObject> rows() {
        return table.rowsOf(model());
    }

    private void showCount() {
        int all = rows().size();
        int shown = viewer.getTable().getItemCount();
        count.setText(shown == all ? NLS.bind(Messages.table_rows, all) : NLS.bind(Messages.table_rowsFiltered, shown, all));
    }

    @Override
    protected boolean isShowing() {
        return viewer != null && !viewer.getControl().isDisposed();
    }

    /** A change from any editor of the model: rows may have come or gone, values changed. */
    @Override
    protected void modelChanged() {
        viewer.setInput(rows());
        showCount();
    }

    @Override
    public void setFocus() {
        if (isShowing()) {
            viewer.getControl().setFocus();
            showInViews();
        }
    }

    public TableDescription table() {
        return table;
    }

    public TableViewer viewer() {
        return viewer;
    }

    public Text filterText() {
        return filterText;
    }

    public IAction copyAction() {
        return copy;
    }
}
