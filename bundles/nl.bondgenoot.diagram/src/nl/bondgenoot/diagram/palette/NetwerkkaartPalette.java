package nl.bondgenoot.diagram.palette;

import com.google.inject.Inject;

import nl.bondgenoot.diagram.emf.ServedModel;
import nl.bondgenoot.diagram.notation.ReadOnlyViews;

import nl.bondgenoot.diagram.glsp.NetwerkkaartTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;

import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.model.soorten.ActorSoort;
import nl.bondgenoot.model.soorten.ActorSoorten;

/**
 * The palette, in Dutch and in four groups: Actoren (every installed actor soort, by category, so
 * plug-ins' kinds appear too), Netwerken (netwerk, lidmaatschap), Sturingsrelaties (every soort) and
 * Convenant (convenant, convenantpartner).
 */
public class NetwerkkaartPalette implements ToolPaletteItemProvider {

    @Inject
    private ServedModel served;

    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        if (ReadOnlyViews.isReadOnly(served.file())) {
            return List.of(); // an agenda is only shown: nothing to make on it
        }
        return List.of(group("actoren", "Actoren", actoren(), "organization", "1"),
                group("netwerken", "Netwerken", List.of(
                        node("netwerk", "Netwerk", NetwerkkaartTypes.NETWERK, Map.of(), "type-hierarchy-sub", 0),
                        edge("lidmaatschap", "Lidmaatschap (actor → netwerk)", NetwerkkaartTypes.LIDMAATSCHAP, Map.of(),
                                "link", 1)), "type-hierarchy", "2"),
                group("sturingsrelaties", "Sturingsrelaties", sturingsrelaties(), "arrow-right", "3"),
                group("convenant", "Convenant", List.of(
                        node("convenant", "Convenant", NetwerkkaartTypes.CONVENANT, Map.of(), "law", 0),
                        edge("convenantpartner", "Convenantpartner (convenant → actor)", NetwerkkaartTypes.CONVENANTPARTNER,
                                Map.of(), "references", 1)), "law", "4"));
    }

    private static List<PaletteItem> actoren() {
        List<ActorSoort> soorten = new ArrayList<>(ActorSoorten.all());
        soorten.sort(Comparator.comparingInt((ActorSoort s) -> s.categorie().getValue()));
        List<PaletteItem> items = new ArrayList<>();
        for (int i = 0; i < soorten.size(); i++) {
            ActorSoort soort = soorten.get(i);
            items.add(node("actor-" + soort.id(), soort.label(), NetwerkkaartTypes.ACTOR,
                    Map.of(NetwerkkaartTypes.ARG_SOORT, soort.id()), "symbol-class", i));
        }
        return items;
    }

    private static List<PaletteItem> sturingsrelaties() {
        List<PaletteItem> items = new ArrayList<>();
        for (SturingsrelatieSoort soort : SturingsrelatieSoort.VALUES) {
            String label = Labels.of(soort);
            items.add(edge("relatie-" + soort.getLiteral(), Character.toUpperCase(label.charAt(0)) + label.substring(1),
                    NetwerkkaartTypes.STURINGSRELATIE, Map.of(NetwerkkaartTypes.ARG_SOORT, soort.getLiteral()), "arrow-right",
                    soort.getValue()));
        }
        return items;
    }

    private static PaletteItem node(String id, String label, String type, Map<String, String> args, String icon, int order) {
        return new PaletteItem(id, label, new TriggerNodeCreationAction(type, args), icon, sort(order));
    }

    private static PaletteItem edge(String id, String label, String type, Map<String, String> args, String icon, int order) {
        return new PaletteItem(id, label, new TriggerEdgeCreationAction(type, args), icon, sort(order));
    }

    private static PaletteItem group(String id, String label, List<PaletteItem> children, String icon, String order) {
        return PaletteItem.createPaletteGroup(id, label, children, icon, order);
    }

    private static String sort(int order) {
        return String.format("%03d", order);
    }
}
