package nl.bondgenoot.diagram.handlers;

import java.util.List;

import org.eclipse.glsp.server.operations.Operation;

/**
 * A change of the shown view's own state, saved with its notation: a layer on or off
 * ({@code soort = "laag"}), a filter on or off ({@code "filter"}), or the given elements pinned or
 * loosened ({@code "vast"}).
 */
public class ViewStateOperation extends Operation {

    public static final String KIND = "netwerkkaartWeergaveStaat";

    private String soort;
    private String id;
    private List<String> elementIds = List.of();
    private boolean aan;

    public ViewStateOperation() {
        super(KIND);
    }

    public ViewStateOperation(String soort, String id, List<String> elementIds, boolean aan) {
        this();
        this.soort = soort;
        this.id = id;
        this.elementIds = elementIds;
        this.aan = aan;
    }

    /** A layer or filter switched: the page hides and fades by itself, nothing is drawn anew (pinning draws a mark). */
    public static boolean drawsTheSame(ViewStateOperation operation) {
        return "laag".equals(operation.getSoort()) || "filter".equals(operation.getSoort());
    }

    public String getSoort() {
        return soort;
    }

    public String getId() {
        return id;
    }

    public List<String> getElementIds() {
        return elementIds == null ? List.of() : elementIds;
    }

    public boolean isAan() {
        return aan;
    }
}
