package nl.bondgenoot.diagram.export;

import java.util.Collection;

import org.eclipse.glsp.graph.GBoundsAware;

/** A rectangle of the map in map coordinates. */
record Box(double x, double y, double width, double height) {

    static Box of(GBoundsAware element) {
        double width = element.getSize() == null ? 0 : Math.max(element.getSize().getWidth(), 0);
        double height = element.getSize() == null ? 0 : Math.max(element.getSize().getHeight(), 0);
        return new Box(element.getPosition().getX(), element.getPosition().getY(), width, height);
    }

    /** The smallest box around all boxes, or null when there are none. */
    static Box around(Collection<Box> boxes) {
        Box union = null;
        for (Box box : boxes) {
            union = union == null ? box : union.union(box);
        }
        return union;
    }

    double right() {
        return x + width;
    }

    double bottom() {
        return y + height;
    }

    double centreX() {
        return x + width / 2;
    }

    double centreY() {
        return y + height / 2;
    }

    Box union(Box other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        return new Box(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
    }

    Box grow(double margin) {
        return new Box(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    /**
     * Where the line from this box's centre towards a point leaves the box: the anchor GLSP's
     * polyline router gives a rectangular node.
     */
    double[] boundaryTowards(double px, double py) {
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
