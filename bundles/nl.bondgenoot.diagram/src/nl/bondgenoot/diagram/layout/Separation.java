package nl.bondgenoot.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.bondgenoot.diagram.notation.Bounds;

/**
 * Moves boxes apart after a layout or when a stored layout is read: no two boxes intersect, and a
 * grouping region (a convenant around its partners, a container netwerk around its members) holds its
 * members and no other box. ELK places boxes apart but knows nothing of the regions; a stored layout
 * may hold boxes that grew since (a longer name). Only the boxes the caller lets move are moved, each
 * by the shortest way out, until nothing is in the way or the rounds are used up.
 */
public final class Separation {

    /** Space between boxes that were moved apart. */
    static final double GAP = 24;
    /** A region's margin around its members, as drawn (GROUP_PADDING in views.tsx and NodeShapes). */
    public static final double REGION_PADDING = 18;
    private static final int ROUNDS = 60;

    private Separation() {
    }

    /**
     * @param graph   every box of the map with its drawn size, and the regions
     * @param at      where each box is (its top-left corner); boxes without a place are left out
     * @param movable the boxes that may be moved
     * @return the new places of the boxes that moved
     */
    public static Map<String, Bounds> apply(LayoutGraph graph, Map<String, Bounds> at, Set<String> movable) {
        Map<String, Box> boxes = new LinkedHashMap<>();
        graph.boxes().values().forEach(node -> {
            Bounds place = at.get(node.id());
            if (place != null) {
                boxes.put(node.id(), new Box(place.x(), place.y(), node.width(), node.height()));
            }
        });
        Set<String> moved = new HashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            boolean changed = clearRegions(graph, boxes, movable, moved);
            changed |= clearOverlaps(boxes, movable, moved);
            if (!changed) {
                break;
            }
        }
        Map<String, Bounds> result = new LinkedHashMap<>();
        for (String id : moved) {
            Box box = boxes.get(id);
            result.put(id, at.get(id).movedTo(box.x(), box.y()));
        }
        return result;
    }

    /** The region as drawn around its owner and members, or null when it has no member in the map. */
    public static Box region(LayoutGraph.Region region, Map<String, Box> boxes) {
        List<Box> around = new ArrayList<>();
        region.memberIds().stream().map(boxes::get).filter(b -> b != null).forEach(around::add);
        if (around.isEmpty() || !boxes.containsKey(region.ownerId())) {
            return null;
        }
        around.add(boxes.get(region.ownerId()));
        return Box.around(around).grow(REGION_PADDING);
    }

    private static boolean clearRegions(LayoutGraph graph, Map<String, Box> boxes, Set<String> movable, Set<String> moved) {
        boolean changed = false;
        for (LayoutGraph.Region region : graph.regions()) {
            Box area = region(region, boxes);
            if (area == null) {
                continue;
            }
            for (Map.Entry<String, Box> entry : boxes.entrySet()) {
                String id = entry.getKey();
                if (id.equals(region.ownerId()) || region.memberIds().contains(id) || !movable.contains(id)
                        || !entry.getValue().intersects(area)) {
                    continue;
                }
                entry.setValue(outOf(entry.getValue(), area));
                moved.add(id);
                changed = true;
            }
        }
        return changed;
    }

    /** The box moved the shortest way out of the area, left, right, up or down. */
    private static Box outOf(Box box, Box area) {
        double left = area.x() - GAP - box.right();
        double right = area.right() + GAP - box.x();
        double up = area.y() - GAP - box.bottom();
        double down = area.bottom() + GAP - box.y();
        double dx = -left < right ? left : right;
        double dy = -up < down ? up : down;
        return Math.abs(dx) < Math.abs(dy) ? box.movedTo(box.x() + dx, box.y()) : box.movedTo(box.x(), box.y() + dy);
    }

    /** Sweeps from left to right; of two intersecting boxes the movable one (the later one if both are) moves. */
    private static boolean clearOverlaps(Map<String, Box> boxes, Set<String> movable, Set<String> moved) {
        boolean changed = false;
        List<String> ids = new ArrayList<>(boxes.keySet());
        ids.sort(Comparator.comparingDouble((String id) -> boxes.get(id).x()).thenComparingDouble(id -> boxes.get(id).y()));
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                Box a = boxes.get(ids.get(i));
                Box b = boxes.get(ids.get(j));
                if (b.x() >= a.right()) {
                    break; // sorted by x: no later box reaches back into a
                }
                if (!a.intersects(b)) {
                    continue;
                }
                String mover = movable.contains(ids.get(j)) ? ids.get(j) : movable.contains(ids.get(i)) ? ids.get(i) : null;
                if (mover == null) {
                    continue;
                }
                Box still = mover.equals(ids.get(j)) ? a : b;
                boxes.put(mover, apart(boxes.get(mover), still));
                moved.add(mover);
                changed = true;
            }
        }
        return changed;
    }

    /** The box moved away from the other along the axis where that is shortest. */
    private static Box apart(Box box, Box other) {
        double right = other.right() + GAP - box.x();
        double left = other.x() - GAP - box.right();
        double down = other.bottom() + GAP - box.y();
        double up = other.y() - GAP - box.bottom();
        double dx = box.centreX() >= other.centreX() ? right : left;
        double dy = box.centreY() >= other.centreY() ? down : up;
        return Math.abs(dx) <= Math.abs(dy) ? box.movedTo(box.x() + dx, box.y()) : box.movedTo(box.x(), box.y() + dy);
    }
}
