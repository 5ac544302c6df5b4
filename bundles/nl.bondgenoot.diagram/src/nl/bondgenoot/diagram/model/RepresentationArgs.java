package nl.bondgenoot.diagram.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.glsp.graph.GGraph;

import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.representation.description.Mappings.ConditionalStyle;
import nl.bondgenoot.representation.description.Mappings.NodeMapping;
import nl.bondgenoot.representation.description.Representation;
import nl.bondgenoot.representation.look.Icons;
import nl.bondgenoot.representation.look.LegendBuilder;

/**
 * What the whole map needs once, on its root: the representation's id, its legend and icons (computed
 * once per description), and its layers and filters as the view has them switched, as JSON.
 */
final class RepresentationArgs {

    private record Encoded(String legend, String icons) {
    }

    private static final Map<Representation, Encoded> CACHE = new ConcurrentHashMap<>();

    private RepresentationArgs() {
    }

    /** The representation's legend and icons, and its layers and filters as the view has them switched. */
    static void put(GGraph root, Representation representation, Notation view) {
        Encoded encoded = CACHE.computeIfAbsent(representation, RepresentationArgs::encode);
        root.getArgs().put(LookArgs.REPRESENTATION, representation.id());
        root.getArgs().put(LookArgs.LEGEND, view.peildatum() == null ? encoded.legend()
                : LookArgs.GSON.toJson(PeildatumView.legend(LegendBuilder.build(representation), view.peildatum())));
        root.getArgs().put(LookArgs.ICONS, encoded.icons());
        List<Map<String, Object>> layers = representation.lagen().stream()
                .map(l -> Map.<String, Object>of("id", l.id(), "naam", l.naam(), "aan", view.layers().getOrDefault(l.id(), l.aan())))
                .toList();
        List<Map<String, Object>> filters = new java.util.ArrayList<>(representation.filters().stream()
                .map(f -> Map.<String, Object>of("id", f.id(), "naam", f.naam(), "vervaag", f.vervaag(), "aan",
                        view.filters().contains(f.id())))
                .toList());
        if (view.peildatum() != null) {
            filters.add(PeildatumView.filter(view.peildatum()));
        }
        root.getArgs().put(LookArgs.LAYER_LIST, LookArgs.GSON.toJson(layers));
        root.getArgs().put(LookArgs.FILTER_LIST, LookArgs.GSON.toJson(filters));
    }

    private static Encoded encode(Representation representation) {
        Map<String, String> icons = new LinkedHashMap<>();
        for (NodeMapping node : representation.knopen()) {
            addIcon(icons, node.stijl().icoon());
            for (ConditionalStyle style : node.stijlen()) {
                addIcon(icons, style.stijl().icoon());
            }
        }
        return new Encoded(LookArgs.GSON.toJson(LegendBuilder.build(representation)), LookArgs.GSON.toJson(icons));
    }

    private static void addIcon(Map<String, String> icons, String id) {
        if (id != null && !icons.containsKey(id)) {
            Icons.dataUrl(id).ifPresent(url -> icons.put(id, url));
        }
    }
}
