package nl.bondgenoot.diagram.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;

import com.google.inject.Inject;

import nl.bondgenoot.diagram.glsp.UserMessages;
import nl.bondgenoot.diagram.layout.LayoutAlgorithm;
import nl.bondgenoot.diagram.layout.LayoutGraph;

/**
 * Lays the map out with the algorithm the user chose. Stress grows with the square of the number of
 * elements: above its limit the user is told to use the layers instead, rather than wait a minute.
 */
public class AutoLayoutHandler extends NetwerkkaartOperationHandler<AutoLayoutOperation> {

    @Inject
    private UserMessages messages;

    @Override
    public String getLabel() {
        return "Indelen";
    }

    @Override
    public Optional<Command> createCommand(AutoLayoutOperation operation) {
        LayoutAlgorithm algorithm = LayoutAlgorithm.byId(operation.getAlgoritme()).orElse(LayoutAlgorithm.LAGEN);
        ModelEdits edits = edits();
        LayoutGraph graph = edits.layoutGraph();
        if (graph.boxes().size() > algorithm.maximumElements()) {
            messages.warn("Indelen met " + algorithm.id() + " duurt bij " + graph.boxes().size()
                    + " elementen te lang (grens " + algorithm.maximumElements() + "); kies indelen in lagen.");
            return doNothing();
        }
        return AutoLayouts.command(edits, graph, algorithm);
    }
}
