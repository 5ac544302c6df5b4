package nl.bondgenoot.diagram.glsp;

/** The GModel element types of the network map; the web client registers a view for each. */
public final class NetwerkkaartTypes {

    public static final String DIAGRAM_TYPE = "netwerkkaart";

    public static final String GRAPH = "graph";
    public static final String ACTOR = "node:actor";
    public static final String NETWERK = "node:netwerk";
    public static final String LIDMAATSCHAP = "edge:lidmaatschap";
    public static final String LABEL_NAAM = "label:naam";
    public static final String LABEL_SOORT = "label:soort";

    private NetwerkkaartTypes() {
    }
}
