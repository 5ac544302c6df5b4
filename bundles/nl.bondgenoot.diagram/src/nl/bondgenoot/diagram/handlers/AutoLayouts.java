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
 * The command that lays the map out with ELK: every node that is not pinned gets a new position, chosen
 * sizes stay, and no node is left on a pinned one or in a convenant's or container's region it does not
 * belong to.
 */
final class AutoLayouts {

    private AutoLayouts() {
    }

    static Optional<Command> command(ModelEdits edits, LayoutGraph graph, LayoutAlgorithm algorithm) {
        Map<String, Bounds> positions = new LinkedHashMap<>(ElkLayout.layout(graph, algorithm));
        // Pinned elements stay where they are; the others are moved off them.
        java.util.Set<String> movable = new java.util.LinkedHashSet<>(positions.keySet());
        movable.removeIf(edits::isPinned);
        positions.keySet().stream().filter(edits::isPinned).toList()
                .forEach(id -> edits.stored(id).ifPresent(b -> positions.put(id, b)));
        positions.putAll(Separation.apply(graph, positions, movable));
        Map<String, Bounds> changed = new LinkedHashMap<>();
        positions.forEach((id, at) -> {
            if (movable.contains(id)) {
                changed.put(id, edits.stored(id).map(b -> b.movedTo(at.x(), at.y())).orElse(at));
            }
        });
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(edits.notation("Indelen (" + algorithm.id() + ")", changed));
    }
}
