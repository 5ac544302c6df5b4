package nl.bondgenoot.diagram.handlers;

import java.util.List;

import org.eclipse.glsp.server.operations.CreateOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

/** A create handler for some element types (the palette entries that create them). */
abstract class NetwerkkaartCreateHandler<O extends CreateOperation> extends NetwerkkaartOperationHandler<O>
        implements CreateOperationHandler<O> {

    private final List<String> elementTypeIds;

    NetwerkkaartCreateHandler(String... elementTypeIds) {
        this.elementTypeIds = List.of(elementTypeIds);
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
