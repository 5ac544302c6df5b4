package nl.bondgenoot.diagram.handlers;

import java.util.List;

import org.eclipse.glsp.server.operations.Operation;

/**
 * A cell edit in the page's table: the value (a choice's key or typed text, see TableCells) set in
 * column {@code kolom} of table {@code tabel} on the rows with these element ids, at once.
 */
public class TableEditOperation extends Operation {

    public static final String KIND = "netwerkkaartTabelWijzigen";

    private String tabel;
    private int kolom;
    private List<String> rijen = List.of();
    private String waarde;

    public TableEditOperation() {
        super(KIND);
    }

    public TableEditOperation(String tabel, int kolom, List<String> rijen, String waarde) {
        this();
        this.tabel = tabel;
        this.kolom = kolom;
        this.rijen = rijen;
        this.waarde = waarde;
    }

    public String getTabel() {
        return tabel;
    }

    public int getKolom() {
        return kolom;
    }

    public List<String> getRijen() {
        return rijen == null ? List.of() : rijen;
    }

    public String getWaarde() {
        return waarde;
    }
}
