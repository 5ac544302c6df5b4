package nl.bondgenoot.representation.table;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

/**
 * Rows of a table as tab-separated text for a spreadsheet: a header line, then one line per row,
 * the cells as the table shows them. A tab or line break inside a cell becomes a space, so every
 * row stays one line of cells.
 */
public final class TabSeparated {

    private TabSeparated() {
    }

    public static String of(List<TableColumn> columns, List<? extends EObject> rows) {
        StringBuilder text = new StringBuilder(header(columns));
        for (EObject row : rows) {
            text.append(line(columns, row));
        }
        return text.toString();
    }

    /** The header line, with its line break. */
    public static String header(List<TableColumn> columns) {
        return columns.stream().map(column -> cell(column.header())).collect(Collectors.joining("\t")) + "\n";
    }

    /** One row's line, with its line break. */
    public static String line(List<TableColumn> columns, EObject row) {
        return columns.stream().map(column -> cell(column.text(row))).collect(Collectors.joining("\t")) + "\n";
    }

    private static String cell(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
