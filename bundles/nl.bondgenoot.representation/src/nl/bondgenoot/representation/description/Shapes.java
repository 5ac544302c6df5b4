package nl.bondgenoot.representation.description;

import java.util.List;

/** The words a description may use for shapes, decorations and arrow heads. */
public final class Shapes {

    /** Node outlines. */
    public static final List<String> VORMEN = List.of("rechthoek", "afgerond", "stadion", "achthoek", "zeshoek", "document",
            "ellips", "ruit");
    public static final List<String> VERSIERINGEN = List.of("dak", "binnenrand");
    public static final List<String> PIJLEN = List.of("driehoek", "geen");

    private Shapes() {
    }
}
