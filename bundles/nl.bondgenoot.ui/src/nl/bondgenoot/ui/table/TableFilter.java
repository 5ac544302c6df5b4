package nl.bondgenoot.ui.table;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

import nl.bondgenoot.representation.table.TableColumn;

/** Keeps the rows that have the typed text in any cell (upper or lower case alike); an empty text keeps all. */
final class TableFilter extends ViewerFilter {

    private TableViewer viewer;
    private List<TableColumn> columns = List.of();
    private String text = "";

    void attach(TableViewer shown, List<TableColumn> shownColumns) {
        viewer = shown;
        columns = shownColumns;
        viewer.addFilter(this);
    }

    void setText(String typed) {
        text = typed.strip().toLowerCase(Locale.ROOT);
        viewer.refresh();
    }

    @Override
    public boolean select(Viewer shown, Object parent, Object row) {
        return text.isEmpty() || columns.stream().anyMatch(column -> column.text((EObject) row).toLowerCase(Locale.ROOT).contains(text));
    }
}
