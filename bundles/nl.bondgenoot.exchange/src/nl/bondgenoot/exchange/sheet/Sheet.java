package nl.bondgenoot.exchange.sheet;

import java.util.List;

/**
 * One sheet as text, whatever file it came from: its name, the column headers (row 1) and the rows
 * below them, each with its row number in the file (the header is row 1). The neutral form between the
 * file formats (CSV, XLSX) and the model.
 */
public record Sheet(String name, List<String> header, List<Row> rows) {

    public Sheet {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** A row: its number in the file and its cells as text ("" for an empty cell), aligned with the header. */
    public record Row(int number, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell in this column, "" when the row is shorter. */
        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
