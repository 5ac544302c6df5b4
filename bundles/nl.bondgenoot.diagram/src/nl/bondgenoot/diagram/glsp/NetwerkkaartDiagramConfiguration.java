package nl.bondgenoot.diagram.glsp;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

/** Which element types exist and what a user may do with them: which ends each kind of edge accepts. */
public class NetwerkkaartDiagramConfiguration extends BaseDiagramConfiguration {

    @Override
    public Map<String, EClass> getTypeMappings() {
        Map<String, EClass> mappings = DefaultTypes.getDefaultTypeMappings();
        for (String node : List.of(NetwerkkaartTypes.ACTOR, NetwerkkaartTypes.NETWERK, NetwerkkaartTypes.CONVENANT)) {
            mappings.put(node, GraphPackage.Literals.GNODE);
        }
        for (String edge : List.of(NetwerkkaartTypes.LIDMAATSCHAP, NetwerkkaartTypes.STURINGSRELATIE,
                NetwerkkaartTypes.CONVENANTPARTNER)) {
            mappings.put(edge, GraphPackage.Literals.GEDGE);
        }
        for (String label : List.of(NetwerkkaartTypes.LABEL_NAAM, NetwerkkaartTypes.LABEL_SOORT, NetwerkkaartTypes.LABEL_BADGE,
                NetwerkkaartTypes.LABEL_ROLLEN, NetwerkkaartTypes.LABEL_RELATIE)) {
            mappings.put(label, GraphPackage.Literals.GLABEL);
        }
        return mappings;
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        // deletable, repositionable, resizable, reparentable
        return List.of(new ShapeTypeHint(NetwerkkaartTypes.ACTOR, true, true, true, false),
                new ShapeTypeHint(NetwerkkaartTypes.NETWERK, true, true, true, false),
                new ShapeTypeHint(NetwerkkaartTypes.CONVENANT, true, true, true, false));
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        // repositionable, deletable, routable (no routing points: ELK and the client route)
        return List.of(
                new EdgeTypeHint(NetwerkkaartTypes.STURINGSRELATIE, true, true, false, List.of(NetwerkkaartTypes.ACTOR),
                        List.of(NetwerkkaartTypes.ACTOR, NetwerkkaartTypes.NETWERK)),
                new EdgeTypeHint(NetwerkkaartTypes.LIDMAATSCHAP, true, true, false, List.of(NetwerkkaartTypes.ACTOR),
                        List.of(NetwerkkaartTypes.NETWERK)),
                new EdgeTypeHint(NetwerkkaartTypes.CONVENANTPARTNER, true, true, false, List.of(NetwerkkaartTypes.CONVENANT),
                        List.of(NetwerkkaartTypes.ACTOR)));
    }

    @Override
    public ServerLayoutKind getLayoutKind() {
        return ServerLayoutKind.MANUAL;
    }

    @Override
    public boolean needsClientLayout() {
        return false; // NodeLabelLayout sizes nodes and places labels: the map is sent and drawn once
    }
}
