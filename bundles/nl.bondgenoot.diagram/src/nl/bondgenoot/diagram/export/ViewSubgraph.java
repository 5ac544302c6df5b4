package nl.bondgenoot.diagram.export;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;

import nl.bondgenoot.diagram.model.DrawnIds;
import nl.bondgenoot.diagram.notation.Notation;

/**
 * What a view of a model shows, as the map and the export draw it: its selection, its mappings and their
 * conditions, its layers that are on and its filters that hide. A filter that only fades leaves an element
 * shown. The network analysis of a view (`analyse --weergave`) takes this as its subgraph; elements are
 * matched by id, so the predicate also answers for another copy of the same model.
 */
public final class ViewSubgraph {

    private ViewSubgraph() {
    }

    /**
     * The view named {@code viewName} (null: the default view) of the model file, from the notation beside it.
     *
     * @throws ExportException when the model cannot be read or has no such view (the message lists its views)
     */
    public static Predicate<EObject> of(Path modelFile, String viewName, Consumer<String> warnings) throws ExportException {
        NetwerkkaartExport.Loaded loaded = NetwerkkaartExport.load(modelFile, warnings);
        Optional<Notation> view = loaded.views().findOrStandard(viewName);
        if (view.isEmpty()) {
            throw new ExportException(modelFile, loaded.views().unknown(viewName), null);
        }
        Set<String> shown = shownIds(HeadlessGModel.build(loaded.model(), view.get()));
        return element -> shown.contains(DrawnIds.of(element));
    }

    /** The ids of the nodes and lines drawn and not hidden; what lies inside a hidden node is hidden too. */
    static Set<String> shownIds(GGraph graph) {
        ViewState state = new ViewState(graph);
        Set<String> shown = new HashSet<>();
        for (GModelElement child : graph.getChildren()) {
            collect(child, state, shown);
        }
        return shown;
    }

    private static void collect(GModelElement element, ViewState state, Set<String> shown) {
        if (state.hides(element)) {
            return;
        }
        shown.add(element.getId());
        for (GModelElement child : element.getChildren()) {
            collect(child, state, shown);
        }
    }
}
