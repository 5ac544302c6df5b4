package nl.bondgenoot.diagram.glsp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GLayoutOptions;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.util.GConstants;
import org.eclipse.glsp.server.features.core.model.GModelFactory;

import com.google.inject.Inject;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;

/**
 * Draws the governance model as a network map: one node per actor and per network, an edge per
 * membership. GModel ids are the model's own UUIDs, so markers and selections map back directly.
 * The diagram keeps no semantics of its own.
 */
public class NetwerkkaartGModelFactory implements GModelFactory {

    @Inject
    private NetwerkkaartModelState state;

    @Override
    public void createGModel() {
        Governancemodel model = state.getModel();
        Map<Object, GPoint> positions = InitialPlacement.place(model);
        Map<Actor, GNode> actorNodes = new HashMap<>();
        GGraphBuilder graph = new GGraphBuilder(NetwerkkaartTypes.GRAPH).id(model.getId());

        for (Actor actor : model.getActoren()) {
            GNode node = actorNode(actor, positions.get(actor));
            actorNodes.put(actor, node);
            graph.add(node);
        }
        for (Netwerk netwerk : model.getNetwerken()) {
            GNode node = netwerkNode(netwerk, positions.get(netwerk));
            graph.add(node);
            for (Actor lid : netwerk.getLeden()) {
                GNode from = actorNodes.get(lid);
                if (from != null) {
                    graph.add(new GEdgeBuilder(NetwerkkaartTypes.LIDMAATSCHAP)
                            .id(netwerk.getId() + "/lid/" + lid.getId())
                            .addCssClass("lidmaatschap").source(from).target(node).build());
                }
            }
        }
        GGraph root = graph.build();
        state.updateRoot(root);
    }

    private static GNode actorNode(Actor actor, GPoint at) {
        String categorie = actor.getCategorie().getName().toLowerCase(Locale.ROOT);
        GNodeBuilder node = new GNodeBuilder(NetwerkkaartTypes.ACTOR).id(actor.getId())
                .addCssClasses(List.of("actor", "categorie-" + categorie))
                .position(at.getX(), at.getY())
                .layout(GConstants.Layout.VBOX)
                .layoutOptions(new GLayoutOptions().hAlign(GConstants.HAlign.CENTER).paddingTop(10)
                        .paddingBottom(10.0).paddingLeft(14).paddingRight(14).vGap(3).prefWidth(160))
                .add(label(actor.getId(), NetwerkkaartTypes.LABEL_NAAM, actor.getNaam()));
        if (actor.getSoort() != null && !actor.getSoort().isBlank()) {
            node.add(label(actor.getId(), NetwerkkaartTypes.LABEL_SOORT, actor.getSoort()));
        }
        return node.build();
    }

    private static GNode netwerkNode(Netwerk netwerk, GPoint at) {
        return new GNodeBuilder(NetwerkkaartTypes.NETWERK).id(netwerk.getId())
                .addCssClass("netwerk")
                .position(at.getX(), at.getY())
                .layout(GConstants.Layout.VBOX)
                .layoutOptions(new GLayoutOptions().hAlign(GConstants.HAlign.CENTER).paddingTop(16)
                        .paddingBottom(16.0).paddingLeft(30).paddingRight(30).prefWidth(180))
                .add(label(netwerk.getId(), NetwerkkaartTypes.LABEL_NAAM, netwerk.getNaam()))
                .build();
    }

    private static GModelElement label(String ownerId, String type, String text) {
        return new GLabelBuilder(type).id(ownerId + "/" + type).text(text == null ? "" : text).build();
    }
}
