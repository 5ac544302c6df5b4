package nl.bondgenoot.diagram.glsp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.glsp.graph.GGraph;

import nl.bondgenoot.representation.description.Mappings.ConditionalStyle;
import nl.bondgenoot.representation.description.Mappings.NodeMapping;
import nl.bondgenoot.representation.description.Representation;
import nl.bondgenoot.representation.look.Icons;
import nl.bondgenoot.representation.look.LegendBuilder;

/**
 * What the whole map needs once, on its root: the representation's id, its legend, its icons and its
 * layers and filters, as JSON; computed once per description.
 */
final class RepresentationArgs {

    private record Encoded(String legend, String icons, String layers, String filters) {
    }

    private static final Map<Representation, Encoded> CACHE = new ConcurrentHashMap<>();

    private RepresentationArgs() {
    }

    static void put(GGraph root, Representation representation) {
        Encoded encoded = CACHE.computeIfAbsent(representation, RepresentationArgs::encode);
        root.getArgs().put(LookArgs.REPRESENTATION, representation.id());
        root.getArgs().put(LookArgs.LEGEND, encoded.legend());
        root.getArgs().put(LookArgs.ICONS, encoded.icons());
        root.getArgs().put(LookArgs.LAYER_LIST, encoded.layers());
        root.getArgs().put(LookArgs.FILTER_LIST, encoded.filters());
    }

    private static Encoded encode(Representation representation) {
        Map<String, String> icons = new LinkedHashMap<>();
        for (NodeMapping node : representation.knopen()) {
            addIcon(icons, node.stijl().icoon());
            for (ConditionalStyle style : node.stijlen()) {
                addIcon(icons, style.stijl().icoon());
            }
        }
        List<Map<String, Object>> layers = representation.lagen().stream()
                .map(l -> Map.<String, Object>of("id", l.id(), "naam", l.naam(), "aan", l.aan())).toList();
        List<Map<String, Object>> filters = representation.filters().stream()
                .map(f -> Map.<String, Object>of("id", f.id(), "naam", f.naam(), "vervaag", f.vervaag())).toList();
        return new Encoded(LookArgs.GSON.toJson(LegendBuilder.build(representation)), LookArgs.GSON.toJson(icons),
                LookArgs.GSON.toJson(layers), LookArgs.GSON.toJson(filters));
    }

    private static void addIcon(Map<String, String> icons, String id) {
        if (id != null && !icons.containsKey(id)) {
            Icons.dataUrl(id).ifPresent(url -> icons.put(id, url));
        }
    }
}
