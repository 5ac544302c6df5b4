package nl.bondgenoot.diagram.glsp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.core.model.GModelFactory;

import com.google.inject.Inject;

import nl.bondgenoot.diagram.layout.LayoutGraph;
import nl.bondgenoot.diagram.layout.MissingPositions;
import nl.bondgenoot.diagram.layout.Separation;
import nl.bondgenoot.diagram.notation.Bounds;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Convenant;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Sturingsrelatie;

/**
 * Draws the governance model as a network map: a node per actor, netwerk and convenant, an edge per
 * sturingsrelatie, membership and convenant partnership. Positions come from the notation; elements
 * without one are placed by ELK (and the place is remembered in the notation, unsaved). Parallel
 * edges are routed apart and edge labels placed where they cover no node and no other label. GModel ids are
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
            Notation notation = state.getNotation();
            NetwerkkaartShapes shapes = new NetwerkkaartShapes(model, notation);
            // Nodes first: their sizes come from their labels (NodeLabelLayout), and ELK places what
            // has no place yet with exactly the size it is drawn at.
            Map<String, GNode> nodes = nodes(model, shapes);
            place(graph(model, shapes, nodes), notation, state.getRoot() == null);
            nodes.forEach((id, node) -> notation.get(id).ifPresent(b -> node.setPosition(GraphUtil.point(b.x(), b.y()))));

            GGraphBuilder graph = new GGraphBuilder(NetwerkkaartTypes.GRAPH).id(model.getId());
            // Convenants first: their grouping is drawn behind the partners.
            nodes.values().forEach(graph::add);
            List<GEdge> edges = new ArrayList<>();
            for (Netwerk netwerk : model.getNetwerken()) {
                // a container shows its members inside, not with lines
                if (shapes.isDrawn(netwerk) && !shapes.isContainer(netwerk)) {
                    netwerk.getLeden().stream().filter(shapes::isDrawn)
                            .forEach(lid -> edges.add(shapes.lidmaatschap(netwerk, lid)));
                }
            }
            for (Convenant convenant : model.getConvenanten()) {
                if (shapes.isDrawn(convenant)) {
                    convenant.getPartners().stream().filter(shapes::isDrawn)
                            .forEach(partner -> edges.add(shapes.partnerschap(convenant, partner)));
                }
            }
            for (Sturingsrelatie relatie : model.getSturingsrelaties()) {
                if (shapes.isDrawn(relatie.getVan()) && shapes.isDrawn(relatie.getNaar())) {
                    edges.add(shapes.sturingsrelatie(relatie));
                }
            }
            EdgeRouting.route(nodes, edges);
            graph.addAll(edges);
            GGraph root = graph.build();
            state.updateRoot(root);
        });
    }

    /** Every node the view draws, sized by its labels, at its stored place (or at 0,0 until placed). */
    private static Map<String, GNode> nodes(Governancemodel model, NetwerkkaartShapes shapes) {
        Map<String, GNode> nodes = new LinkedHashMap<>();
        model.getConvenanten().stream().filter(shapes::isDrawn).forEach(c -> nodes.put(c.getId(), shapes.convenant(c)));
        model.getNetwerken().stream().filter(shapes::isDrawn).forEach(n -> nodes.put(n.getId(), shapes.netwerk(n)));
        model.getActoren().stream().filter(shapes::isDrawn).forEach(a -> nodes.put(a.getId(), shapes.actor(a)));
        return nodes;
    }

    /**
     * ELK places what has no position yet, and what was placed keeps its place from now on. The
     * first drawing of a loaded map also repairs a stored layout where boxes no longer fit (a name
     * grew, a layout stored before the sizes were exact): no box on another, no box in a region it
     * does not belong to.
     */
    private static void place(LayoutGraph graph, Notation notation, boolean loaded) {
        Set<String> movable = new HashSet<>();
        if (!graph.boxes().keySet().stream().allMatch(notation::contains)) {
            Map<String, Bounds> placed = MissingPositions.place(graph, notation.all());
            placed.forEach(notation::put);
            movable.addAll(placed.keySet());
        }
        if (loaded) {
            movable.addAll(graph.boxes().keySet());
        }
        if (!movable.isEmpty()) {
            Separation.apply(graph, notation.all(), movable).forEach(notation::put);
        }
    }

    /**
     * The map as a layout sees it: every node at the size it is drawn at (with its labels, badges and
     * roles, or the size the user chose), the lines, and the grouping regions.
     */
    public static LayoutGraph layoutGraph(Governancemodel model, Notation notation) {
        NetwerkkaartShapes shapes = new NetwerkkaartShapes(model, notation);
        return graph(model, shapes, nodes(model, shapes));
    }

    private static LayoutGraph graph(Governancemodel model, NetwerkkaartShapes shapes, Map<String, GNode> nodes) {
        LayoutGraph graph = new LayoutGraph();
        nodes.forEach((id, node) -> graph.box(id, node.getSize().getWidth(), node.getSize().getHeight()));
        for (Sturingsrelatie r : model.getSturingsrelaties()) {
            if (shapes.isDrawn(r.getVan()) && shapes.isDrawn(r.getNaar())) {
                graph.line(r.getVan().getId(), r.getNaar().getId());
            }
        }
        for (Netwerk n : model.getNetwerken().stream().filter(shapes::isDrawn).toList()) {
            List<Actor> leden = n.getLeden().stream().filter(shapes::isDrawn).toList();
            leden.forEach(lid -> graph.line(n.getId(), lid.getId()));
            if (shapes.isContainer(n)) {
                graph.region(n.getId(), ids(leden));
            }
        }
        for (Convenant c : model.getConvenanten().stream().filter(shapes::isDrawn).toList()) {
            List<Actor> partners = c.getPartners().stream().filter(shapes::isDrawn).toList();
            partners.forEach(p -> graph.line(c.getId(), p.getId()));
            graph.region(c.getId(), ids(partners));
        }
        return graph;
    }

    private static Set<String> ids(List<? extends Element> elements) {
        Set<String> ids = new LinkedHashSet<>();
        elements.forEach(e -> ids.add(e.getId()));
        return ids;
    }
}
