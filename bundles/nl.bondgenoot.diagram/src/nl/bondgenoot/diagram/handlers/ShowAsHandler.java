package nl.bondgenoot.diagram.handlers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;

import com.google.inject.Inject;

import nl.bondgenoot.diagram.model.NetwerkkaartModelState;
import nl.bondgenoot.diagram.notation.Bounds;
import nl.bondgenoot.diagram.notation.ChangeDisplayCommand;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Netwerk;

/**
 * A netwerk as container (its members drawn inside a region around them) or as hub (lines to its
 * members): notation only. Becoming a container, the members are gathered in a grid under the
 * netwerk, so the region holds them and little else.
 */
public class ShowAsHandler extends NetwerkkaartOperationHandler<ShowAsOperation> {

    @Inject
    private NetwerkkaartModelState state;

    @Override
    public String getLabel() {
        return "Weergave van een netwerk";
    }

    @Override
    public Optional<Command> createCommand(ShowAsOperation operation) {
        String display = Notation.CONTAINER.equals(operation.getWeergave()) ? Notation.CONTAINER : null;
        ModelEdits edits = edits();
        Map<String, String> changed = new LinkedHashMap<>();
        Map<String, Bounds> gathered = new LinkedHashMap<>();
        for (String id : operation.getElementIds()) {
            Optional<Netwerk> netwerk = edits.element(id, Netwerk.class);
            if (netwerk.isPresent() && !Objects.equals(state.getNotation().display(id).orElse(null), display)) {
                changed.put(id, display);
                if (display != null) {
                    gathered.putAll(gather(edits, netwerk.get()));
                }
            }
        }
        if (changed.isEmpty()) {
            return doNothing();
        }
        String label = display == null ? "Netwerk als spil" : "Netwerk als container";
        ChangeDisplayCommand show = new ChangeDisplayCommand(label, state.getNotation(), changed);
        return gathered.isEmpty() ? Optional.of(show) : ModelEdits.together(label, show, edits.notation(label, gathered));
    }

    private static final double GAP = 30;

    /** The members in a grid under the netwerk, row by row, with the sizes the browser measured. */
    private static Map<String, Bounds> gather(ModelEdits edits, Netwerk netwerk) {
        Map<String, Bounds> at = new LinkedHashMap<>();
        Bounds hub = edits.stored(netwerk.getId()).orElse(Bounds.at(0, 0));
        double hubHeight = edits.drawnNode(netwerk.getId()).map(n -> n.getSize().getHeight()).orElse(64.0);
        int columns = (int) Math.ceil(Math.sqrt(netwerk.getLeden().size()));
        double x = hub.x();
        double y = hub.y() + hubHeight + GAP;
        double rowHeight = 0;
        int column = 0;
        for (Actor lid : netwerk.getLeden()) {
            if (column == columns) {
                column = 0;
                x = hub.x();
                y += rowHeight + GAP;
                rowHeight = 0;
            }
            double width = edits.drawnNode(lid.getId()).map(n -> n.getSize().getWidth()).filter(w -> w > 0).orElse(180.0);
            double height = edits.drawnNode(lid.getId()).map(n -> n.getSize().getHeight()).filter(h -> h > 0).orElse(60.0);
            Bounds old = edits.stored(lid.getId()).orElse(Bounds.at(0, 0));
            at.put(lid.getId(), old.movedTo(x, y));
            x += width + GAP;
            rowHeight = Math.max(rowHeight, height);
            column++;
        }
        return at;
    }
}
