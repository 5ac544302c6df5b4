package nl.bondgenoot.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.analysis.cli.AnalyseCommand;
import nl.bondgenoot.diagram.export.ExportException;
import nl.bondgenoot.diagram.export.ViewSubgraph;

/** `analyse --weergave NAAM`: what that view of the map shows, as the map draws it (the diagram bundle knows views). */
final class MapViewSubgraph implements AnalyseCommand.Weergavebron {

    private final PrintStream err;

    MapViewSubgraph(PrintStream err) {
        this.err = err;
    }

    @Override
    public Predicate<EObject> zichtbaar(Path model, String weergave) {
        try {
            return ViewSubgraph.of(model, weergave, warning -> err.println("bondgenoot analyse: waarschuwing: " + warning));
        } catch (ExportException e) {
            throw new IllegalStateException(e.toUserMessage());
        }
    }
}
