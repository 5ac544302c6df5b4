package nl.bondgenoot.ui.table;

import java.text.Collator;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;

import nl.bondgenoot.representation.table.TableColumn;

/**
 * Sorting on a click on a column's header, by the text the cells show in Dutch alphabetical order:
 * a first click sorts up, the next down, the third gives back the model's order.
 */
final class TableSorting extends ViewerComparator {

    private final TableViewer viewer;
    private final Collator collator = Collator.getInstance(Locale.forLanguageTag("nl"));
    private TableColumn sortedOn;
    private org.eclipse.swt.widgets.TableColumn header;
    private int direction = SWT.NONE;

    TableSorting(TableViewer viewer) {
        this.viewer = viewer;
    }

    void sortOnClick(org.eclipse.swt.widgets.TableColumn clicked, TableColumn column) {
        clicked.addListener(SWT.Selection, event -> clicked(clicked, column));
    }

    private void clicked(org.eclipse.swt.widgets.TableColumn clicked, TableColumn column) {
        if (column != sortedOn) {
            sortedOn = column;
            header = clicked;
            direction = SWT.UP;
        } else {
            direction = direction == SWT.UP ? SWT.DOWN : direction == SWT.DOWN ? SWT.NONE : SWT.UP;
        }
        viewer.getTable().setSortColumn(direction == SWT.NONE ? null : header);
        viewer.getTable().setSortDirection(direction);
        viewer.setComparator(direction == SWT.NONE ? null : this);
        viewer.refresh();
    }

    @Override
    public int compare(Viewer shown, Object a, Object b) {
        int order = collator.compare(sortedOn.text((EObject) a), sortedOn.text((EObject) b));
        return direction == SWT.DOWN ? -order : order;
    }
}
