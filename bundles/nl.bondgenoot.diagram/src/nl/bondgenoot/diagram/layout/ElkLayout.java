package nl.bondgenoot.diagram.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.elk.alg.force.options.StressMetaDataProvider;
import org.eclipse.elk.alg.force.options.StressOptions;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import nl.bondgenoot.diagram.notation.Bounds;

/**
 * Runs an ELK layout over a {@link LayoutGraph} and returns the new top-left corners. The
 * algorithms are registered explicitly: inside OSGi, ELK's service loader lookup finds none.
 */
public final class ElkLayout {

    static final double MARGIN = 40;

    private static volatile boolean registered;

    private ElkLayout() {
    }

    private static synchronized void register() {
        if (!registered) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider(),
                    new StressMetaDataProvider());
            registered = true;
        }
    }

    /** Positions for every box of the graph, the whole drawing starting at (40, 40). */
    public static Map<String, Bounds> layout(LayoutGraph graph, LayoutAlgorithm algorithm) {
        register();
        Map<String, Bounds> result = new LinkedHashMap<>();
        if (graph.isEmpty()) {
            return result;
        }
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root, algorithm, graph.boxes().size(), graph.direction());
        Map<String, ElkNode> nodes = new HashMap<>();
        graph.boxes().values().forEach(box -> {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setIdentifier(box.id());
            node.setDimensions(box.width(), box.height());
            nodes.put(box.id(), node);
        });
        for (LayoutGraph.Line line : graph.lines()) {
            ElkNode source = nodes.get(line.sourceId());
            ElkNode target = nodes.get(line.targetId());
            if (source != null && target != null && source != target) {
                ElkGraphUtil.createSimpleEdge(source, target);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (ElkNode node : root.getChildren()) {
            minX = Math.min(minX, node.getX());
            minY = Math.min(minY, node.getY());
        }
        for (ElkNode node : root.getChildren()) {
            result.put(node.getIdentifier(), Bounds.at(node.getX() - minX + MARGIN, node.getY() - minY + MARGIN));
        }
        return result;
    }

    /** Above this many boxes the layers are computed with less effort: seconds matter more than crossings. */
    static final int LARGE = 800;

    /** Above this many boxes the layers run from left to right. */
    static final int WIDE = 100;

    private static void configure(ElkNode root, LayoutAlgorithm algorithm, int boxes, String named) {
        root.setProperty(CoreOptions.ALGORITHM, algorithm.elkId());
        switch (algorithm) {
            case LAGEN -> {
                // Steering runs downwards: the gemeente on top, what it steers below. A large map runs
                // to the right instead: its layers hold many boxes, and boxes are wider than high, so
                // columns keep the drawing near the window's shape where rows would make it a ribbon.
                // A description may name the direction (a chain reads from left to right).
                root.setProperty(LayeredOptions.DIRECTION, "rechts".equals(named) ? Direction.RIGHT
                        : "omlaag".equals(named) || boxes <= WIDE ? Direction.DOWN : Direction.RIGHT);
                root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
                root.setProperty(LayeredOptions.SPACING_NODE_NODE, 40.0);
                root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 70.0);
                root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 60.0);
                if (boxes > LARGE) {
                    root.setProperty(LayeredOptions.THOROUGHNESS, 1);
                    root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.OFF);
                    root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
                }
            }
            case STRESS -> {
                root.setProperty(StressOptions.DESIRED_EDGE_LENGTH, 220.0);
            }
        }
    }
}
