package nl.bondgenoot.diagram.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a layout needs to know of a network map: boxes of a given size and the lines between them. */
public final class LayoutGraph {

    /** One box; its size is what the browser measured or, before that, an estimate. */
    public record Box(String id, double width, double height) {
    }

    /** A line between two boxes; its direction is the direction of steering or membership. */
    public record Line(String sourceId, String targetId) {
    }

    private final Map<String, Box> boxes = new LinkedHashMap<>();
    private final List<Line> lines = new ArrayList<>();

    public LayoutGraph box(String id, double width, double height) {
        boxes.put(id, new Box(id, width, height));
        return this;
    }

    /** Adds a line; lines to boxes that are not in the graph are left out. */
    public LayoutGraph line(String sourceId, String targetId) {
        lines.add(new Line(sourceId, targetId));
        return this;
    }

    public Map<String, Box> boxes() {
        return boxes;
    }

    public List<Line> lines() {
        return lines;
    }

    public boolean isEmpty() {
        return boxes.isEmpty();
    }
}
