package nl.bondgenoot.diagram.glsp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.server.features.core.model.GModelFactory;

import com.google.inject.Inject;

import nl.bondgenoot.diagram.layout.LayoutGraph;
import nl.bondgenoot.diagram.layout.MissingPositions;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.model.Convenant;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Sturingsrelatie;

/**
 * Draws the governance model as a network map: a node per actor, netwerk and convenant, an edge per
 * sturingsrelatie, membership and convenant partnership. Positions come from the notation; elements
 * without one are placed by ELK (and the place is remembered in the notation, unsaved). GModel ids are
 * the model's own UUIDs, so markers and selections map back directly. The diagram keeps no semantics
 * of its own: what is drawn is read from the model each time.
 */
public class NetwerkkaartGModelFactory implements GModelFactory {

    @Inject
    private NetwerkkaartModelState state;

    @Inject
    private ModelHost host;

    @Override
    public void createGModel() {
        host.exclusive(() -> {
            Governancemodel model = state.getModel();
            placeMissing(model, state.getNotation());
            NetwerkkaartShapes shapes = new NetwerkkaartShapes(model, state.getNotation());
            GGraphBuilder graph = new GGraphBuilder(NetwerkkaartTypes.GRAPH).id(model.getId());
            // Convenants first: their grouping is drawn behind the partners.
            model.getConvenanten().forEach(c -> graph.add(shapes.convenant(c)));
            model.getNetwerken().forEach(n -> graph.add(shapes.netwerk(n)));
            model.getActoren().forEach(a -> graph.add(shapes.actor(a)));
            List<GModelElement> edges = new ArrayList<>();
            for (Netwerk netwerk : model.getNetwerken()) {
                if (!shapes.isContainer(netwerk)) { // a container shows its members inside, not with lines
                    netwerk.getLeden().stream().filter(model.getActoren()::contains)
                            .forEach(lid -> edges.add(shapes.lidmaatschap(netwerk, lid)));
                }
            }
            for (Convenant convenant : model.getConvenanten()) {
                convenant.getPartners().stream().filter(model.getActoren()::contains)
                        .forEach(partner -> edges.add(shapes.partnerschap(convenant, partner)));
            }
            for (Sturingsrelatie relatie : model.getSturingsrelaties()) {
                if (shapes.isDrawn(relatie.getVan()) && shapes.isDrawn(relatie.getNaar())) {
                    edges.add(shapes.sturingsrelatie(relatie));
                }
            }
            graph.addAll(edges);
            GGraph root = graph.build();
            state.updateRoot(root);
        });
    }

    /** ELK places what has no position yet; what was placed keeps its place from now on. */
    private void placeMissing(Governancemodel model, Notation notation) {
        LayoutGraph graph = layoutGraph(model, measuredSizes());
        if (graph.boxes().keySet().stream().allMatch(notation::contains)) {
            return;
        }
        MissingPositions.place(graph, notation.all()).forEach(notation::put);
    }

    /** The sizes the browser measured for the current drawing, where there is one. */
    private Map<String, double[]> measuredSizes() {
        Map<String, double[]> sizes = new HashMap<>();
        if (state.getRoot() != null) {
            state.getRoot().getChildren().forEach(child -> {
                if (child instanceof org.eclipse.glsp.graph.GNode node && node.getSize() != null
                        && node.getSize().getWidth() > 0) {
                    sizes.put(node.getId(), new double[] { node.getSize().getWidth(), node.getSize().getHeight() });
                }
            });
        }
        return sizes;
    }

    /** The map as ELK sees it: measured sizes where known, else an estimate per kind of node. */
    public static LayoutGraph layoutGraph(Governancemodel model, Map<String, double[]> measured) {
        LayoutGraph graph = new LayoutGraph();
        model.getConvenanten().forEach(c -> box(graph, c.getId(), measured, NetwerkkaartShapes.estimate(c)));
        model.getNetwerken().forEach(n -> box(graph, n.getId(), measured, NetwerkkaartShapes.estimate(n)));
        model.getActoren().forEach(a -> box(graph, a.getId(), measured, NetwerkkaartShapes.estimate(a)));
        for (Sturingsrelatie r : model.getSturingsrelaties()) {
            if (r.getVan() != null && r.getNaar() != null) {
                graph.line(r.getVan().getId(), r.getNaar().getId());
            }
        }
        for (Netwerk n : model.getNetwerken()) {
            n.getLeden().forEach(lid -> graph.line(n.getId(), lid.getId()));
        }
        for (Convenant c : model.getConvenanten()) {
            c.getPartners().forEach(p -> graph.line(c.getId(), p.getId()));
        }
        return graph;
    }

    private static void box(LayoutGraph graph, String id, Map<String, double[]> measured, double[] estimate) {
        double[] size = measured.getOrDefault(id, estimate);
        graph.box(id, size[0], size[1]);
    }
}
