package nl.bondgenoot.diagram.layout;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.graph.GPoint;

/**
 * Where an edge runs, as Sprotty's polyline router runs it in the browser: from the source's border
 * through the routing points to the target's border, each end anchored where the line from the node's
 * centre towards its neighbouring point leaves the node. The server, which places the labels, and the
 * export, which draws the edges, compute the same route.
 */
public record Route(List<double[]> points) {

    /** The route between two nodes through the routing points (none for a straight edge). */
    public static Route between(Box source, Box target, List<double[]> routingPoints) {
        List<double[]> points = new ArrayList<>();
        double[] towardsSource = routingPoints.isEmpty() ? new double[] { target.centreX(), target.centreY() } : routingPoints.get(0);
        double[] towardsTarget = routingPoints.isEmpty() ? new double[] { source.centreX(), source.centreY() }
                : routingPoints.get(routingPoints.size() - 1);
        points.add(source.boundaryTowards(towardsSource[0], towardsSource[1]));
        points.addAll(routingPoints);
        points.add(target.boundaryTowards(towardsTarget[0], towardsTarget[1]));
        return new Route(points);
    }

    /** A GModel edge's routing points as the points {@link #between} takes. */
    public static List<double[]> points(List<? extends GPoint> routingPoints) {
        List<double[]> points = new ArrayList<>();
        routingPoints.forEach(p -> points.add(new double[] { p.getX(), p.getY() }));
        return points;
    }

    /** The point at a fraction of the route's length (0 the source end, 1 the target end), as Sprotty's pointAt. */
    public double[] pointAt(double t) {
        double total = length();
        double wanted = Math.min(1, Math.max(0, t)) * total;
        double walked = 0;
        for (int i = 0; i + 1 < points.size(); i++) {
            double[] a = points.get(i);
            double[] b = points.get(i + 1);
            double segment = Math.hypot(b[0] - a[0], b[1] - a[1]);
            if (segment > 1e-8 && walked + segment >= wanted) {
                double lambda = Math.max(0, wanted - walked) / segment;
                return new double[] { a[0] + (b[0] - a[0]) * lambda, a[1] + (b[1] - a[1]) * lambda };
            }
            walked += segment;
        }
        return points.get(points.size() - 1);
    }

    public double length() {
        double total = 0;
        for (int i = 0; i + 1 < points.size(); i++) {
            total += Math.hypot(points.get(i + 1)[0] - points.get(i)[0], points.get(i + 1)[1] - points.get(i)[1]);
        }
        return total;
    }

    public double[] first() {
        return points.get(0);
    }

    public double[] last() {
        return points.get(points.size() - 1);
    }

    /** The point before the last: where the arrowhead at the target end points from. */
    public double[] beforeLast() {
        return points.get(points.size() - 2);
    }
}
