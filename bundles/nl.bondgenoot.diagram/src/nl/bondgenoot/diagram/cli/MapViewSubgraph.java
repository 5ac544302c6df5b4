package nl.bondgenoot.diagram.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.analysis.cli.AnalyseCommand;
import nl.bondgenoot.diagram.export.ExportException;
import nl.bondgenoot.diagram.export.ViewSubgraph;

/** `analyse --weergave NAAM`: what that view of the map shows, as the map draws it (the diagram bundle knows views). */
final class MapViewSubgraph implements AnalyseCommand.Weergavebron {

    @Override
    public Predicate<EObject> zichtbaar(Path model, String weergave, Consumer<String> waarschuwing) {
        try {
            return ViewSubgraph.of(model, weergave, waarschuwing::accept);
        } catch (ExportException e) {
            throw new IllegalStateException(e.toUserMessage());
        }
    }
}
