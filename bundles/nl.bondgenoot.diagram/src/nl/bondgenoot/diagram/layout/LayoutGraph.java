package nl.bondgenoot.diagram.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a layout needs to know of a network map: boxes of the size they are drawn at, the lines between
 * them, and the grouping regions (a convenant around its partners, a container netwerk around its
 * members) that must hold their members and nothing else.
 */
public final class LayoutGraph {

    /** One box, of the size it is drawn at. */
    public record Node(String id, double width, double height) {
    }

    /** A line between two boxes; its direction is the direction of steering or membership. */
    public record Line(String sourceId, String targetId) {
    }

    /** A region drawn around its owner and its members; no other box may lie in it. */
    public record Region(String ownerId, Set<String> memberIds) {
    }

    private final Map<String, Node> boxes = new LinkedHashMap<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<Region> regions = new ArrayList<>();
    private String direction;

    public LayoutGraph box(String id, double width, double height) {
        boxes.put(id, new Node(id, width, height));
        return this;
    }

    /** Adds a line; lines to boxes that are not in the graph are left out. */
    public LayoutGraph line(String sourceId, String targetId) {
        lines.add(new Line(sourceId, targetId));
        return this;
    }

    public LayoutGraph region(String ownerId, Set<String> memberIds) {
        regions.add(new Region(ownerId, memberIds));
        return this;
    }

    /** The direction layers run in, as a description names it ("omlaag", "rechts"), or null for the default. */
    public LayoutGraph direction(String named) {
        this.direction = named;
        return this;
    }

    public String direction() {
        return direction;
    }

    public Map<String, Node> boxes() {
        return boxes;
    }

    public List<Line> lines() {
        return lines;
    }

    public List<Region> regions() {
        return regions;
    }

    public boolean isEmpty() {
        return boxes.isEmpty();
    }
}
