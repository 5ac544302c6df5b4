package nl.bondgenoot.diagram.handlers;

import org.eclipse.glsp.server.operations.Operation;

/**
 * "Indelen": lays the whole map out anew with the chosen algorithm ({@code lagen} or {@code stress}),
 * sent by the web client's toolbar. Undoable like every edit.
 */
public class AutoLayoutOperation extends Operation {

    public static final String KIND = "netwerkkaartIndelen";

    private String algoritme;

    public AutoLayoutOperation() {
        super(KIND);
    }

    public AutoLayoutOperation(String algoritme) {
        this();
        this.algoritme = algoritme;
    }

    public String getAlgoritme() {
        return algoritme;
    }
}
