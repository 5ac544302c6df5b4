package nl.bondgenoot.diagram.handlers;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.graph.GNode;

import nl.bondgenoot.diagram.model.NetwerkkaartGModelFactory;
import nl.bondgenoot.diagram.model.NetwerkkaartModelState;
import nl.bondgenoot.diagram.layout.LayoutGraph;
import nl.bondgenoot.diagram.notation.Bounds;
import nl.bondgenoot.diagram.notation.ChangeNotationCommand;
import nl.bondgenoot.diagram.notation.ChangeSelectionCommand;
import nl.bondgenoot.diagram.notation.ViewSelection;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.representation.description.Representation;

/** What the operation handlers share: the model, its editing domain, the notation, and the lookup of ids. */
final class ModelEdits {

    private final NetwerkkaartModelState state;

    ModelEdits(NetwerkkaartModelState state) {
        this.state = state;
    }

    Governancemodel model() {
        return state.getModel();
    }

    EditingDomain domain() {
        return state.getEditingDomain();
    }

    /** The description of the view being shown. */
    Representation representation() {
        return state.getRepresentation();
    }

    /** The model element drawn with this GModel id (a node or a sturingsrelatie edge). */
    <T extends Element> Optional<T> element(String id, Class<T> type) {
        if (id == null || model().eResource() == null) {
            return Optional.empty();
        }
        return model().eResource().getEObject(id) instanceof Element e && type.isInstance(e)
                && e.eResource() == model().eResource() ? Optional.of(type.cast(e)) : Optional.empty();
    }

    /** The node as it is drawn now, if it is. */
    Optional<GNode> drawnNode(String id) {
        return state.getIndex().get(id).filter(GNode.class::isInstance).map(GNode.class::cast);
    }

    /** The map as a layout sees it: every node at the size it is drawn at, the lines and the regions. */
    boolean isPinned(String id) {
        return state.getNotation().isPinned(id);
    }

    LayoutGraph layoutGraph() {
        return NetwerkkaartGModelFactory.layoutGraph(model(), state.getNotation(), state.getRepresentation());
    }

    Command notation(String label, Map<String, Bounds> bounds) {
        return new ChangeNotationCommand(label, state.getNotation(), bounds);
    }

    /**
     * Where a new element is drawn; in a view of chosen elements (or around them) it also becomes one
     * of the chosen, so that it is drawn where it was made.
     */
    Command placeNew(String id, Bounds bounds) {
        Command place = notation("plaats", Map.of(id, bounds));
        ViewSelection selection = state.getNotation().selection();
        if (selection.kind() == ViewSelection.Kind.ALLES) {
            return place;
        }
        CompoundCommand both = new CompoundCommand("plaats");
        both.append(place);
        both.append(new ChangeSelectionCommand("plaats", state.getNotation(), selection.with(id)));
        return both;
    }

    Optional<Bounds> stored(String id) {
        return state.getNotation().get(id);
    }

    /** A model change and where the diagram draws it, as one undoable step; empty when it cannot be done. */
    static Optional<Command> together(String label, Command... commands) {
        CompoundCommand compound = new CompoundCommand(label);
        for (Command c : commands) {
            compound.append(c);
        }
        return compound.canExecute() ? Optional.of(compound) : Optional.empty();
    }
}
