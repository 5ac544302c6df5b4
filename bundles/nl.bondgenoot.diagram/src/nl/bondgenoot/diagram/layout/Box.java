package nl.bondgenoot.diagram.layout;

import java.util.Collection;

import org.eclipse.glsp.graph.GBoundsAware;

/**
 * A rectangle of the map in map coordinates: a node, a grouping region or an edge label. The one
 * geometry of the map's layout, routing, drawing and export.
 */
public record Box(double x, double y, double width, double height) {

    public static Box of(GBoundsAware element) {
        double width = element.getSize() == null ? 0 : Math.max(element.getSize().getWidth(), 0);
        double height = element.getSize() == null ? 0 : Math.max(element.getSize().getHeight(), 0);
        return new Box(element.getPosition().getX(), element.getPosition().getY(), width, height);
    }

    /** A box of the given size centred on a point. */
    public static Box centredOn(double cx, double cy, double width, double height) {
        return new Box(cx - width / 2, cy - height / 2, width, height);
    }

    /** The smallest box around all boxes, or null when there are none. */
    public static Box around(Collection<Box> boxes) {
        Box union = null;
        for (Box box : boxes) {
            union = union == null ? box : union.union(box);
        }
        return union;
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }

    public Box union(Box other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        return new Box(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
    }

    public Box grow(double margin) {
        return new Box(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    public Box movedTo(double newX, double newY) {
        return new Box(newX, newY, width, height);
    }

    /** True when the two boxes share an area (touching edges do not count). */
    public boolean intersects(Box other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    /** The area the two boxes share, 0 when they do not intersect. */
    public double overlap(Box other) {
        double w = Math.min(right(), other.right()) - Math.max(x, other.x);
        double h = Math.min(bottom(), other.bottom()) - Math.max(y, other.y);
        return w > 0 && h > 0 ? w * h : 0;
    }

    public boolean contains(Box other) {
        return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
    }

    /**
     * Where the line from this box's centre towards a point leaves the box: the anchor Sprotty's
     * polyline router gives a rectangular node.
     */
    public double[] boundaryTowards(double px, double py) {
        double dx = px - centreX();
        double dy = py - centreY();
        if (dx == 0 && dy == 0) {
            return new double[] { centreX(), centreY() };
        }
        double tx = dx == 0 ? Double.POSITIVE_INFINITY : (width / 2) / Math.abs(dx);
        double ty = dy == 0 ? Double.POSITIVE_INFINITY : (height / 2) / Math.abs(dy);
        double t = Math.min(tx, ty);
        return new double[] { centreX() + dx * t, centreY() + dy * t };
    }
}
