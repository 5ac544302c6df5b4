package nl.bondgenoot.diagram.glsp;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;

/**
 * Where elements go until layouts are stored and ELK places the rest: networks in a row at the
 * centre, actors on a circle around them.
 */
final class InitialPlacement {

    private static final double CENTRE_X = 420;
    private static final double CENTRE_Y = 300;
    private static final double NODE_HALF_WIDTH = 80;

    private InitialPlacement() {
    }

    static Map<Object, GPoint> place(Governancemodel model) {
        Map<Object, GPoint> at = new IdentityHashMap<>();
        int networks = model.getNetwerken().size();
        for (int i = 0; i < networks; i++) {
            Netwerk n = model.getNetwerken().get(i);
            at.put(n, GraphUtil.point(CENTRE_X - 90 + (i - (networks - 1) / 2.0) * 240, CENTRE_Y - 30));
        }
        int actors = model.getActoren().size();
        double radius = Math.max(220, actors * 45);
        for (int i = 0; i < actors; i++) {
            Actor a = model.getActoren().get(i);
            double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, actors);
            at.put(a, GraphUtil.point(CENTRE_X + radius * Math.cos(angle) - NODE_HALF_WIDTH,
                    CENTRE_Y + radius * 0.7 * Math.sin(angle) - 25));
        }
        return at;
    }
}
