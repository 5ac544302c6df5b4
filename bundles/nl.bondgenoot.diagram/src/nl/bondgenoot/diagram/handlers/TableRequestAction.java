package nl.bondgenoot.diagram.handlers;

import org.eclipse.glsp.server.actions.RequestAction;

/** The page asks for the tables of the served model, and the rows of one of them ({@code tabel}: its id, or empty). */
public class TableRequestAction extends RequestAction<TableAction> {

    public static final String KIND = "netwerkkaartTabelVragen";

    private String tabel;

    public TableRequestAction() {
        super(KIND);
    }

    public TableRequestAction(String tabel) {
        this();
        this.tabel = tabel;
    }

    public String getTabel() {
        return tabel == null ? "" : tabel;
    }
}
