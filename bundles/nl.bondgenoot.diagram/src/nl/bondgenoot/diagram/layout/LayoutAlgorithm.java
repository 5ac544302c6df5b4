package nl.bondgenoot.diagram.layout;

import java.util.Arrays;
import java.util.Optional;

/** The automatic layouts a user can choose, with the ELK algorithm behind each. */
public enum LayoutAlgorithm {

    /** Layers from steering to steered (ELK layered): fast, also for thousands of actors. */
    LAGEN("lagen", "org.eclipse.elk.layered", Integer.MAX_VALUE),
    /**
     * Distances that follow the relations (ELK stress). It grows with the square of the number of
     * elements (2.8 s for 500 on our machines), so it is offered for small and medium maps only.
     */
    STRESS("stress", "org.eclipse.elk.stress", 400);

    private final String id;
    private final String elkId;
    private final int maximumElements;

    LayoutAlgorithm(String id, String elkId, int maximumElements) {
        this.id = id;
        this.elkId = elkId;
        this.maximumElements = maximumElements;
    }

    /** The name the web client sends ("lagen", "stress"). */
    public String id() {
        return id;
    }

    String elkId() {
        return elkId;
    }

    public int maximumElements() {
        return maximumElements;
    }

    public static Optional<LayoutAlgorithm> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
