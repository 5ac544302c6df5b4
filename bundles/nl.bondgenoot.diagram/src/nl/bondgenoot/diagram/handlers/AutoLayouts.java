package nl.bondgenoot.diagram.handlers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;

import nl.bondgenoot.diagram.layout.ElkLayout;
import nl.bondgenoot.diagram.layout.LayoutAlgorithm;
import nl.bondgenoot.diagram.layout.LayoutGraph;
import nl.bondgenoot.diagram.layout.Separation;
import nl.bondgenoot.diagram.notation.Bounds;

/**
 * The command that lays the map out with ELK: every node gets a new position, chosen sizes stay, and
 * no node is left in a convenant's or container's region it does not belong to.
 */
final class AutoLayouts {

    private AutoLayouts() {
    }

    static Optional<Command> command(ModelEdits edits, LayoutGraph graph, LayoutAlgorithm algorithm) {
        Map<String, Bounds> positions = new LinkedHashMap<>(ElkLayout.layout(graph, algorithm));
        positions.putAll(Separation.apply(graph, positions, positions.keySet()));
        Map<String, Bounds> changed = new LinkedHashMap<>();
        positions.forEach((id, at) -> changed.put(id, edits.stored(id).map(b -> b.movedTo(at.x(), at.y())).orElse(at)));
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(edits.notation("Indelen (" + algorithm.id() + ")", changed));
    }
}
