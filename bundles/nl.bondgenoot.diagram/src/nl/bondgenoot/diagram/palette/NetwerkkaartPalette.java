package nl.bondgenoot.diagram.palette;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;

import com.google.inject.Inject;

import nl.bondgenoot.diagram.model.NetwerkkaartModelState;
import nl.bondgenoot.representation.description.Representation;
import nl.bondgenoot.representation.tool.Tool;
import nl.bondgenoot.representation.tool.ToolGroup;
import nl.bondgenoot.representation.tool.ToolItem;

/**
 * The palette of the view being shown, generated from its description's {@code gereedschap}: one
 * group per tool group, one entry per tool (a repeat gives one per actor soort, plug-ins' kinds
 * included, or per value of an enumeration). A representation without tools shows no entries.
 */
public class NetwerkkaartPalette implements ToolPaletteItemProvider {

    @Inject
    private NetwerkkaartModelState state;

    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        // a drawing that is only shown (an agenda's chain, two versions compared) offers nothing to create
        return state.isShowOnly() ? List.of() : items(state.getRepresentation());
    }

    /** The palette of a representation. */
    public static List<PaletteItem> items(Representation representation) {
        List<PaletteItem> groups = new ArrayList<>();
        for (ToolGroup group : representation.gereedschap()) {
            List<PaletteItem> entries = new ArrayList<>();
            List<ToolItem> items = group.items();
            for (int i = 0; i < items.size(); i++) {
                entries.add(entry(items.get(i), order(i)));
            }
            groups.add(PaletteItem.createPaletteGroup(group.id(), group.naam(), entries, icon(group.icoon()),
                    order(groups.size())));
        }
        return groups;
    }

    private static PaletteItem entry(ToolItem item, String order) {
        Map<String, String> args = Map.of(Tool.ARG, item.id());
        return new PaletteItem(item.id(), item.naam(), item.tool().soort() == Tool.Kind.KNOOP
                ? new TriggerNodeCreationAction(item.elementType(), args)
                : new TriggerEdgeCreationAction(item.elementType(), args), icon(item.icoon()), order);
    }

    /** GLSP sorts the palette by these texts: as numbers, in the description's order. */
    private static String order(int index) {
        return String.format("%03d", index);
    }

    private static String icon(String icon) {
        return icon == null ? "" : icon;
    }
}
