package nl.bondgenoot.diagram.handlers;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;

import com.google.inject.Inject;

import nl.bondgenoot.diagram.model.NetwerkkaartModelState;
import nl.bondgenoot.diagram.notation.ChangeViewStateCommand;
import nl.bondgenoot.representation.description.Representation;

/**
 * Layers, filters and pinned elements of the shown view, as the map's panel and toolbar change them:
 * an undoable notation command, saved with the view (and respected by its export). Only layers and
 * filters the view's description has, and only drawn elements, are accepted.
 */
public class ViewStateHandler extends NetwerkkaartOperationHandler<ViewStateOperation> {

    @Inject
    private NetwerkkaartModelState state;

    @Override
    public String getLabel() {
        return "Weergave";
    }

    @Override
    public Optional<Command> createCommand(ViewStateOperation operation) {
        Representation representation = state.getRepresentation();
        String id = operation.getId();
        boolean on = operation.isAan();
        return switch (operation.getSoort() == null ? "" : operation.getSoort()) {
            case "laag" -> representation.lagen().stream().anyMatch(l -> l.id().equals(id))
                    ? Optional.of(new ChangeViewStateCommand(on ? "Laag aan" : "Laag uit", state.getNotation(), v -> v.layer(id, on)))
                    : doNothing();
            case "filter" -> representation.filters().stream().anyMatch(f -> f.id().equals(id))
                    ? Optional.of(new ChangeViewStateCommand(on ? "Filter aan" : "Filter uit", state.getNotation(), v -> v.filter(id, on)))
                    : doNothing();
            case "vast" -> pin(operation.getElementIds(), on);
            default -> doNothing();
        };
    }

    private Optional<Command> pin(List<String> ids, boolean on) {
        List<String> drawn = ids.stream().filter(id -> edits().drawnNode(id).isPresent()).toList();
        if (drawn.isEmpty()) {
            return doNothing();
        }
        return Optional.of(new ChangeViewStateCommand(on ? "Vastzetten" : "Losmaken", state.getNotation(),
                v -> drawn.forEach(id -> v.pin(id, on))));
    }
}
