package nl.bondgenoot.diagram.glsp;

/** The GModel element types of the network map; the web client registers a view for each. */
public final class NetwerkkaartTypes {

    public static final String DIAGRAM_TYPE = "netwerkkaart";

    public static final String GRAPH = "graph";
    public static final String ACTOR = "node:actor";
    public static final String NETWERK = "node:netwerk";
    public static final String CONVENANT = "node:convenant";
    public static final String LIDMAATSCHAP = "edge:lidmaatschap";
    public static final String STURINGSRELATIE = "edge:sturingsrelatie";
    public static final String CONVENANTPARTNER = "edge:convenantpartner";
    public static final String LABEL_NAAM = "label:naam";
    public static final String LABEL_SOORT = "label:soort";
    public static final String LABEL_BADGE = "label:badge";
    public static final String LABEL_ROLLEN = "label:rollen";
    public static final String LABEL_RELATIE = "label:relatie";

    /** Separators in the ids of edges that stand for a reference (membership, partnership). */
    public static final String LID = "/lid/";
    public static final String PARTNER = "/partner/";

    private NetwerkkaartTypes() {
    }
}
