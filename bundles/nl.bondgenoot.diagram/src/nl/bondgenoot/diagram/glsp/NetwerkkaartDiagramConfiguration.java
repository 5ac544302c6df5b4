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

/** Which element types exist and what a user may do with them (read-only in the skeleton). */
public class NetwerkkaartDiagramConfiguration extends BaseDiagramConfiguration {

    @Override
    public Map<String, EClass> getTypeMappings() {
        Map<String, EClass> mappings = DefaultTypes.getDefaultTypeMappings();
        mappings.put(NetwerkkaartTypes.ACTOR, GraphPackage.Literals.GNODE);
        mappings.put(NetwerkkaartTypes.NETWERK, GraphPackage.Literals.GNODE);
        mappings.put(NetwerkkaartTypes.LIDMAATSCHAP, GraphPackage.Literals.GEDGE);
        mappings.put(NetwerkkaartTypes.LABEL_NAAM, GraphPackage.Literals.GLABEL);
        mappings.put(NetwerkkaartTypes.LABEL_SOORT, GraphPackage.Literals.GLABEL);
        return mappings;
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        return List.of(new ShapeTypeHint(NetwerkkaartTypes.ACTOR, true, false, false, false),
                new ShapeTypeHint(NetwerkkaartTypes.NETWERK, true, false, false, false));
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        return List.of();
    }

    @Override
    public ServerLayoutKind getLayoutKind() {
        return ServerLayoutKind.MANUAL;
    }

    @Override
    public boolean needsClientLayout() {
        return true; // labels are measured in the browser
    }
}
