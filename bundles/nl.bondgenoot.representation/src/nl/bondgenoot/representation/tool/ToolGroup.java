package nl.bondgenoot.representation.tool;

import java.util.ArrayList;
import java.util.List;

/** A group of the palette: its tools in the order the description gives them. */
public record ToolGroup(String id, String naam, String icoon, List<Tool> tools) {

    /** The palette entries of this group, each repeat expanded with the values there are now. */
    public List<ToolItem> items() {
        List<ToolItem> items = new ArrayList<>();
        tools.forEach(tool -> items.addAll(ToolItem.of(tool)));
        return items;
    }
}
