package nl.bondgenoot.ui.views;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableColumn;

/**
 * A table of rows of one kind whose columns sort on a click on their header: a figure's column from
 * the highest value down (who is most central first), a text column alphabetically in Dutch order; the
 * next click turns the order round, the third gives back the model's order. A column that can be too
 * narrow for its text shows it whole on hover.
 *
 * @param <R> the kind of row
 */
public final class SortableTable<R> {

    private static final Collator DUTCH = Collator.getInstance(Locale.forLanguageTag("nl"));

    private final Class<R> rowType;
    private final Composite holder;
    private final TableViewer viewer;
    private final TableColumnLayout layout = new TableColumnLayout();
    private final Sorting sorting = new Sorting();

    public SortableTable(Composite parent, Class<R> rowType) {
        this.rowType = rowType;
        holder = new Composite(parent, SWT.NONE);
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
    }

    /** A text column, sorted alphabetically. */
    public SortableTable<R> text(String title, ColumnLayoutData width, Function<R, String> text) {
        return column(title, width, SWT.LEFT, text, null, (a, b) -> DUTCH.compare(text.apply(a), text.apply(b)));
    }

    /** A text column with its own tooltip, sorted by {@code order} (highest first on the first click). */
    public SortableTable<R> figure(String title, ColumnLayoutData width, Function<R, String> text, Function<R, String> tooltip,
            Comparator<R> order) {
        return column(title, width, SWT.RIGHT, text, tooltip, order.reversed());
    }

    /** A figure's column: its value as shown, sorted by the number (highest first on the first click). */
    public SortableTable<R> figure(String title, ColumnLayoutData width, Function<R, String> text, Function<R, Double> value) {
        return figure(title, width, text, null, Comparator.comparing(value));
    }

    private SortableTable<R> column(String title, ColumnLayoutData width, int alignment, Function<R, String> text,
            Function<R, String> tooltip, Comparator<R> firstOrder) {
        TableViewerColumn column = new TableViewerColumn(viewer, alignment);
        column.getColumn().setText(title);
        column.getColumn().setToolTipText(title);
        layout.setColumnData(column.getColumn(), width);
        boolean mayBeCut = width instanceof ColumnWeightData;
        column.setLabelProvider(new CellText<>(rowType, text, null, tooltip != null ? tooltip : mayBeCut ? text : null));
        TableColumn header = column.getColumn();
        header.addListener(SWT.Selection, event -> sorting.clicked(header, firstOrder));
        return this;
    }

    public void setRows(List<R> rows) {
        viewer.setInput(rows);
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** The control to lay out (the table with its column layout). */
    public Control control() {
        return holder;
    }

    /** Sorting by the column last clicked: its first order, the reverse, then none. */
    private final class Sorting extends ViewerComparator {

        private TableColumn sortedOn;
        private Comparator<R> order;
        private int clicks;

        void clicked(TableColumn header, Comparator<R> firstOrder) {
            if (header != sortedOn) {
                sortedOn = header;
                clicks = 1;
            } else {
                clicks = clicks % 3 + 1;
            }
            order = clicks == 1 ? firstOrder : clicks == 2 ? firstOrder.reversed() : null;
            viewer.getTable().setSortColumn(order == null ? null : header);
            // The arrow shows the order of the values: a figure's first click goes down (highest first).
            boolean figureColumn = (header.getStyle() & SWT.RIGHT) != 0;
            boolean descending = figureColumn ? clicks == 1 : clicks == 2;
            viewer.getTable().setSortDirection(order == null ? SWT.NONE : descending ? SWT.DOWN : SWT.UP);
            viewer.setComparator(order == null ? null : this);
            viewer.refresh();
        }

        @Override
        public int compare(Viewer shown, Object a, Object b) {
            return order.compare(rowType.cast(a), rowType.cast(b));
        }
    }
}
