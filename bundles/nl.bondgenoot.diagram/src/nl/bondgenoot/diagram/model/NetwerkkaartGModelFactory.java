package nl.bondgenoot.diagram.model;

import nl.bondgenoot.diagram.emf.ModelHost;
import nl.bondgenoot.diagram.emf.ServedModel;
import nl.bondgenoot.diagram.glsp.NetwerkkaartTypes;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.core.model.GModelFactory;

import com.google.inject.Inject;

import nl.bondgenoot.diagram.compare.CompareView;
import nl.bondgenoot.diagram.layout.LayoutGraph;
import nl.bondgenoot.diagram.layout.MissingPositions;
import nl.bondgenoot.diagram.layout.Separation;
import nl.bondgenoot.diagram.notation.Bounds;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.representation.Representations;
import nl.bondgenoot.representation.description.Representation;
import nl.bondgenoot.representation.expression.Context;
import nl.bondgenoot.representation.look.LookResolver;





/**
 * Draws the governance model as its representation description says (the netwerkkaart unless the
 * view names another): nodes and lines per mapping, their look in the GModel's arguments. Positions come from the notation; elements
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

    /** Absent in an export: then the rules run without the project's profile. */
    @Inject(optional = true)
    private ServedModel served;

    @Override
    public void createGModel() {
        host.exclusive(() -> {
            Governancemodel model = state.getModel();
            Notation notation = state.getNotation();
            Representation representation = state.getRepresentation();
            CompareView compare = state.getCompare();
            // the union of two versions is not judged: no version has those findings
            NetwerkkaartShapes shapes = new NetwerkkaartShapes(model, notation,
                    new LookResolver(representation, compare == null ? findings(model) : Context.NONE), compare);
            // Nodes first: their sizes come from their labels (NodeLabelLayout), and ELK places what
            // has no place yet with exactly the size it is drawn at.
            Map<String, GNode> nodes = shapes.nodes();
            if (compare == null) {
                place(shapes.layoutGraph(nodes), notation, state.getRoot() == null);
            } else if (state.getRoot() == null) {
                placeCompared(shapes.layoutGraph(nodes), notation, compare);
            }
            nodes.forEach((id, node) -> notation.get(id).ifPresent(b -> node.setPosition(GraphUtil.point(b.x(), b.y()))));

            GGraphBuilder graph = new GGraphBuilder(NetwerkkaartTypes.GRAPH).id(DrawnIds.of(model));
            // In the description's order: the first mappings' groups are drawn behind the later nodes.
            nodes.values().forEach(graph::add);
            List<GEdge> edges = shapes.edges();
            EdgeRouting.route(nodes, edges);
            graph.addAll(edges);
            GGraph root = graph.build();
            putViewArgs(root);
            if (state.isShowOnly()) {
                root.getArgs().put(LookArgs.SHOW_ONLY, true);
            }
            state.updateRoot(root);
        });
    }

    /**
     * The view's layers and filters as they are switched now, on the map already drawn (when only
     * they changed, nothing else on the map did).
     */
    public void updateViewState() {
        host.exclusive(() -> {
            if (state.getRoot() instanceof GGraph root) {
                putViewArgs(root);
            }
        });
    }

    /** The legend, layers and filters on the root; a compare view adds its marks' legend and the fading of what was removed. */
    private void putViewArgs(GGraph root) {
        RepresentationArgs.put(root, state.getRepresentation(), state.getNotation());
        if (state.getCompare() != null) {
            CompareArgs.put(root, state.getCompare());
        }
    }

    /**
     * A compare view keeps the newer version's places and the older's of removed elements: only what has
     * a place in neither is laid out (beside the rest), and only those and the removed ones are moved
     * where they would lie on another box; nothing of the newer version moves.
     */
    private static void placeCompared(LayoutGraph graph, Notation notation, CompareView compare) {
        Set<String> movable = new HashSet<>(compare.placedAsOlder());
        if (!graph.boxes().keySet().stream().allMatch(notation::contains)) {
            Map<String, Bounds> placed = MissingPositions.place(graph, notation.all());
            placed.forEach(notation::put);
            movable.addAll(placed.keySet());
        }
        Separation.apply(graph, notation.all(), movable).forEach(notation::put);
    }

    /**
     * The worst rule finding per element, judged once per state of the model and only if the description
     * asks; asked once per drawing (whether the profile changed is a look at the file system).
     */
    private Context findings(Governancemodel model) {
        Path file = served != null ? served.file() : null;
        var once = new Object() {
            private Map<EObject, String> worst;

            String of(EObject element) {
                if (worst == null) {
                    worst = ModelFindings.of(model).worst(file);
                }
                return worst.getOrDefault(element, "");
            }
        };
        return Context.withFindings(once::of);
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
    public static LayoutGraph layoutGraph(Governancemodel model, Notation notation, Representation representation) {
        NetwerkkaartShapes shapes = new NetwerkkaartShapes(model, notation, new LookResolver(representation, Context.NONE));
        return shapes.layoutGraph(shapes.nodes());
    }

    /** The netwerkkaart's layout graph. */
    public static LayoutGraph layoutGraph(Governancemodel model, Notation notation) {
        return layoutGraph(model, notation, Representations.netwerkkaart());
    }
}
