package nl.bondgenoot.ui.views;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.ui.Messages;

/**
 * The table that Bevindingen and Projectbevindingen share: severity with its icon, then the columns
 * each view adds; a column that can be too narrow for its text (weighted) shows it whole on hover.
 *
 * @param <R> the kind of row (a finding, a project validation row)
 */
public final class FindingsTable<R> {

    private final Class<R> rowType;
    private final TableViewer viewer;
    private final TableColumnLayout layout = new TableColumnLayout();

    public FindingsTable(Composite parent, Class<R> rowType, Function<R, Severity> severity) {
        this.rowType = rowType;
        Composite holder = new Composite(parent, SWT.NONE);
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        column(Messages.findings_severity, new ColumnPixelData(140), r -> severity.apply(r).label(), r -> imageOf(severity.apply(r)));
    }

    public FindingsTable<R> column(String title, ColumnLayoutData width, Function<R, String> text) {
        return column(title, width, text, null);
    }

    private FindingsTable<R> column(String title, ColumnLayoutData width, Function<R, String> text, Function<R, Image> image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), width);
        boolean mayBeCut = width instanceof ColumnWeightData;
        column.setLabelProvider(new CellText<>(rowType, text, image, mayBeCut ? text : null));
        return this;
    }

    /** What a double-click on a row does. */
    public FindingsTable<R> onOpen(Consumer<R> open) {
        viewer.addDoubleClickListener(event -> {
            Object first = viewer.getStructuredSelection().getFirstElement();
            if (rowType.isInstance(first)) {
                open.accept(rowType.cast(first));
            }
        });
        return this;
    }

    public TableViewer viewer() {
        return viewer;
    }

    private static Image imageOf(Severity severity) {
        String key = switch (severity) {
            case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
            case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
        };
        return PlatformUI.getWorkbench().getSharedImages().getImage(key);
    }
}
