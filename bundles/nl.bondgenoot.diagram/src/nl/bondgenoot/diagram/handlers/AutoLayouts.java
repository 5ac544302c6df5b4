package nl.bondgenoot.diagram.handlers;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GNode;

import nl.bondgenoot.diagram.glsp.NetwerkkaartGModelFactory;
import nl.bondgenoot.diagram.layout.ElkLayout;
import nl.bondgenoot.diagram.layout.LayoutAlgorithm;
import nl.bondgenoot.diagram.layout.LayoutGraph;
import nl.bondgenoot.diagram.notation.Bounds;

/** The command that lays the map out with ELK: every node gets a new position, chosen sizes stay. */
final class AutoLayouts {

    private AutoLayouts() {
    }

    static Optional<Command> command(ModelEdits edits, Map<String, double[]> measured, LayoutAlgorithm algorithm) {
        LayoutGraph graph = NetwerkkaartGModelFactory.layoutGraph(edits.model(), measured);
        Map<String, Bounds> positions = ElkLayout.layout(graph, algorithm);
        Map<String, Bounds> changed = new LinkedHashMap<>();
        positions.forEach((id, at) -> changed.put(id, edits.stored(id).map(b -> b.movedTo(at.x(), at.y())).orElse(at)));
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(edits.notation("Indelen (" + algorithm.id() + ")", changed));
    }

    /** The sizes the browser measured, so ELK keeps the drawn boxes apart. */
    static Map<String, double[]> measured(ModelEdits edits, Iterable<String> ids) {
        Map<String, double[]> sizes = new HashMap<>();
        for (String id : ids) {
            edits.drawnNode(id).map(GNode::getSize).filter(s -> s.getWidth() > 0)
                    .ifPresent(s -> sizes.put(id, new double[] { s.getWidth(), s.getHeight() }));
        }
        return sizes;
    }
}
