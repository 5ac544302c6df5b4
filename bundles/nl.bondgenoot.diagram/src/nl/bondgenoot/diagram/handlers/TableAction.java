package nl.bondgenoot.diagram.handlers;

import java.util.List;

import org.eclipse.glsp.server.actions.ResponseAction;

/**
 * The answer to {@link TableRequestAction}: the tables there are, and the asked table's columns and
 * rows as the page shows them. Cells are text as the workbench's table shows them; an editable cell
 * also carries its value as a key and, for a choice, the choices (TableCells).
 */
public class TableAction extends ResponseAction {

    public static final String KIND = "netwerkkaartTabel";

    /** A table there is to open. */
    public record Entry(String id, String naam) {
    }

    /** A column: its header, its width, whether it is editable and, for a choice, the choices as [key, text]. */
    public record Column(String kop, int breedte, boolean bewerkbaar, List<List<String>> keuzes) {
    }

    /** A row: the id of its element, the cells' text, per editable column the value's key (else null), and its line to copy. */
    public record Row(String id, List<String> cellen, List<String> waarden, String regel) {
    }

    private List<Entry> tabellen = List.of();
    private String tabel = "";
    private List<Column> kolommen = List.of();
    private String kopregel = "";
    private List<Row> rijen = List.of();
    private List<String> problemen = List.of();

    public TableAction() {
        super(KIND);
    }

    /** @param kopregel the header line of the copied text (TabSeparated), with the rows' {@code regel} after it */
    public TableAction(List<Entry> tabellen, String tabel, List<Column> kolommen, String kopregel, List<Row> rijen) {
        this();
        this.tabellen = tabellen;
        this.tabel = tabel;
        this.kolommen = kolommen;
        this.kopregel = kopregel;
        this.rijen = rijen;
    }

    public String getKopregel() {
        return kopregel;
    }

    /** Contributed descriptions that are left out, as file:line: message, so the page can say why a table is missing. */
    public List<String> getProblemen() {
        return problemen;
    }

    public TableAction withProblemen(List<String> problems) {
        this.problemen = List.copyOf(problems);
        return this;
    }

    public List<Entry> getTabellen() {
        return tabellen;
    }

    public String getTabel() {
        return tabel;
    }

    public List<Column> getKolommen() {
        return kolommen;
    }

    public List<Row> getRijen() {
        return rijen;
    }
}
