package nl.bondgenoot.diagram.glsp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

import nl.bondgenoot.diagram.representations.DiagramRepresentations;
import nl.bondgenoot.representation.description.Mappings.EdgeMapping;
import nl.bondgenoot.representation.description.Mappings.NodeMapping;
import nl.bondgenoot.representation.description.Representation;

/**
 * Which element types exist and what a user may do with them, from the installed representations'
 * mappings: every node can be moved, resized and deleted; each kind of line connects the nodes whose
 * class its ends accept (a sturingsrelatie from an actor to an actor or netwerk, a lidmaatschap from an
 * actor to a netwerk), so a palette tool of a contributed description draws its lines too.
 */
public class NetwerkkaartDiagramConfiguration extends BaseDiagramConfiguration {

    @Override
    public Map<String, EClass> getTypeMappings() {
        Map<String, EClass> mappings = DefaultTypes.getDefaultTypeMappings();
        for (Representation representation : representations()) {
            representation.knopen().forEach(n -> mappings.put(n.type(), GraphPackage.Literals.GNODE));
            representation.lijnen().forEach(e -> mappings.put(e.type(), GraphPackage.Literals.GEDGE));
        }
        for (String label : List.of(NetwerkkaartTypes.LABEL_NAAM, NetwerkkaartTypes.LABEL_SOORT, NetwerkkaartTypes.LABEL_BADGE,
                NetwerkkaartTypes.LABEL_ROLLEN, NetwerkkaartTypes.LABEL_RELATIE)) {
            mappings.put(label, GraphPackage.Literals.GLABEL);
        }
        return mappings;
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        Set<String> types = new LinkedHashSet<>();
        representations().forEach(r -> r.knopen().forEach(n -> types.add(n.type())));
        // deletable, repositionable, resizable, reparentable
        return types.stream().map(type -> new ShapeTypeHint(type, true, true, true, false)).toList();
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        Map<String, Set<String>> sources = new LinkedHashMap<>();
        Map<String, Set<String>> targets = new LinkedHashMap<>();
        for (Representation representation : representations()) {
            for (EdgeMapping edge : representation.lijnen()) {
                Set<String> from = sources.computeIfAbsent(edge.type(), k -> new LinkedHashSet<>());
                Set<String> to = targets.computeIfAbsent(edge.type(), k -> new LinkedHashSet<>());
                if (edge.isReference()) {
                    NodeMapping owner = representation.node(edge.eigenaar()).orElse(null);
                    EReference reference = owner == null ? null : (EReference) owner.klasse().getEStructuralFeature(edge.referentie());
                    if (reference != null) {
                        List<String> values = nodesOf(representation, reference.getEReferenceType());
                        (edge.naarEigenaar() ? from : to).addAll(values);
                        (edge.naarEigenaar() ? to : from).add(owner.type());
                    }
                } else {
                    from.addAll(nodesOf(representation, end(edge.klasse(), edge.bron())));
                    to.addAll(nodesOf(representation, end(edge.klasse(), edge.doel())));
                }
            }
        }
        List<EdgeTypeHint> hints = new ArrayList<>();
        // repositionable, deletable, routable (no routing points: ELK and the client route)
        sources.forEach((type, from) -> hints.add(new EdgeTypeHint(type, true, true, false, List.copyOf(from),
                List.copyOf(targets.get(type)))));
        return hints;
    }

    private static List<Representation> representations() {
        return DiagramRepresentations.get().all();
    }

    private static EClass end(EClass klasse, String feature) {
        return (EClass) klasse.getEStructuralFeature(feature).getEType();
    }

    /** The node types whose elements can be an end of this type (an Actor where a Betrokkene is asked). */
    private static List<String> nodesOf(Representation representation, EClass type) {
        return representation.knopen().stream().filter(n -> type.isSuperTypeOf(n.klasse())).map(NodeMapping::type)
                .toList();
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
