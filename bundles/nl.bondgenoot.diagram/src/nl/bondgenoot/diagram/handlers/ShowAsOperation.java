package nl.bondgenoot.diagram.handlers;

import java.util.List;

import org.eclipse.glsp.server.operations.Operation;

/** Draw the given netwerken as containers of their members ({@code weergave = "container"}) or as hubs ("spil"). */
public class ShowAsOperation extends Operation {

    public static final String KIND = "netwerkkaartWeergave";

    private List<String> elementIds = List.of();
    private String weergave;

    public ShowAsOperation() {
        super(KIND);
    }

    public ShowAsOperation(List<String> elementIds, String weergave) {
        this();
        this.elementIds = elementIds;
        this.weergave = weergave;
    }

    public List<String> getElementIds() {
        return elementIds == null ? List.of() : elementIds;
    }

    public String getWeergave() {
        return weergave;
    }
}
