package nl.bondgenoot.diagram.handlers;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.CreateOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

import nl.bondgenoot.diagram.representations.DiagramRepresentations;
import nl.bondgenoot.representation.tool.Palettes;
import nl.bondgenoot.representation.tool.Tool;
import nl.bondgenoot.representation.tool.ToolItem;

/**
 * A create handler for the palette entries of one kind (nodes, or lines): it handles the element types
 * the installed representations' tools make (GLSP registers a create handler per type when the session
 * starts) and takes what to make from the entry, found by id in the shown view's description.
 */
abstract class NetwerkkaartCreateHandler<O extends CreateOperation> extends NetwerkkaartOperationHandler<O>
        implements CreateOperationHandler<O> {

    private final List<String> elementTypeIds;

    NetwerkkaartCreateHandler(Tool.Kind... kinds) {
        this.elementTypeIds = Palettes.elementTypes(DiagramRepresentations.get().all(), kinds);
    }

    @Override
    public List<String> getHandledElementTypeIds() {
        return elementTypeIds;
    }

    @Override
    public boolean handles(Operation operation) {
        return super.handles(operation)
                && elementTypeIds.contains(getHandledOperationType().cast(operation).getElementTypeId());
    }

    /** The palette entry the operation came from, if the shown view's palette has it and it makes this type. */
    Optional<ToolItem> item(CreateOperation operation) {
        String id = operation.getArgs() == null ? null : operation.getArgs().get(Tool.ARG);
        return Palettes.item(edits().representation(), id).filter(i -> i.elementType().equals(operation.getElementTypeId()));
    }

    /** Sets the entry's fixed values on what it made. */
    static void setValues(EObject created, ToolItem item) {
        item.waarden().forEach(created::eSet);
    }

    /** Not unique names with a number, as a person would: "Welzijnsorganisatie 2". */
    static String unique(String base, List<String> existing) {
        if (!existing.contains(base)) {
            return base;
        }
        int n = 2;
        while (existing.contains(base + " " + n)) {
            n++;
        }
        return base + " " + n;
    }
}
