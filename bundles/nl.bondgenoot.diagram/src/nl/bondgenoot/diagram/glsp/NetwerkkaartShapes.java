package nl.bondgenoot.diagram.glsp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GEdgePlacementBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GLayoutOptions;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.util.GConstants;

import nl.bondgenoot.diagram.notation.Bounds;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.diagram.views.ViewContents;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Convenant;
import nl.bondgenoot.model.Doorzettingsmacht;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkvorm;
import nl.bondgenoot.model.Rol;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.model.provider.custom.SturingsrelatiePresentation;
import nl.bondgenoot.model.soorten.ActorSoort;
import nl.bondgenoot.model.soorten.ActorSoorten;
import nl.bondgenoot.rules.builtin.ActorKinds;

/**
 * The GModel shape of each kind of model element. What the web client needs to style an element
 * travels as CSS classes (category, soort of relatie, family, NAO-regisseur, leidende organisatie,
 * gemeente) and labels (badges, roles, phase and doorzettingsmacht); the meaning is read from the
 * model, never stored in the diagram.
 */
final class NetwerkkaartShapes {

    /** The smallest size of each kind of node; a node grows with its labels (NodeLabelLayout). */
    static final double[] ACTOR_SIZE = { 170, 62 };
    static final double[] NETWERK_SIZE = { 210, 64 };
    static final double[] CONVENANT_SIZE = { 190, 54 };

    private final Governancemodel model;
    private final Notation notation;
    private final Set<Element> drawn = new HashSet<>();

    NetwerkkaartShapes(Governancemodel model, Notation notation) {
        this.model = model;
        this.notation = notation;
        drawn.addAll(ViewContents.of(model, notation.selection()));
    }

    /** Whether the view draws this element (an actor, netwerk or convenant); a line is drawn when both its ends are. */
    boolean isDrawn(Element element) {
        return element != null && drawn.contains(element);
    }

    GNode actor(Actor actor) {
        List<String> classes = new ArrayList<>(List.of("actor", "categorie-" + slug(actor.getCategorie().getName())));
        List<GLabel> badges = new ArrayList<>();
        for (Netwerk netwerk : model.getNetwerken()) {
            if (netwerk.getRegisseur() != null && netwerk.getRegisseur().getActor() == actor) {
                classes.add("regisseur");
                badges.add(badge(actor, "regisseur-" + netwerk.getId(),
                        netwerk.getVorm() == Netwerkvorm.NAO ? "NAO-regisseur" : "Netwerkregisseur", "badge-regisseur"));
            }
            if (netwerk.getLeidendeOrganisatie() == actor) {
                classes.add("leidend");
                badges.add(badge(actor, "leidend-" + netwerk.getId(), "Leidende organisatie", "badge-leidend"));
            }
        }
        GNodeBuilder node = node(NetwerkkaartTypes.ACTOR, actor.getId(), ACTOR_SIZE, 10, 28)
                .add(label(actor.getId(), NetwerkkaartTypes.LABEL_NAAM, naam(actor)))
                .add(label(actor.getId(), NetwerkkaartTypes.LABEL_SOORT, soortLabel(actor)));
        badges.forEach(node::add);
        if (ActorKinds.hoortBijGemeente(actor)) {
            classes.add("gemeente");
            String rollen = gemeenteRollen(actor);
            if (!rollen.isEmpty()) {
                node.add(label(actor.getId(), NetwerkkaartTypes.LABEL_ROLLEN, rollen));
            }
        }
        return laidOut(node.addCssClasses(classes.stream().distinct().toList()).build(), ACTOR_SIZE, 10, 28);
    }

    boolean isContainer(Netwerk netwerk) {
        return notation.display(netwerk.getId()).filter(Notation.CONTAINER::equals).isPresent();
    }

    GNode netwerk(Netwerk netwerk) {
        String vorm = netwerk.getVorm() == null || netwerk.getVorm() == Netwerkvorm.ONBEKEND ? "netwerk"
                : "netwerk · " + Labels.of(netwerk.getVorm());
        GNodeBuilder node = node(NetwerkkaartTypes.NETWERK, netwerk.getId(), NETWERK_SIZE, 16, 30);
        if (isContainer(netwerk)) {
            node.addCssClass("weergave-container").addArgument("leden", netwerk.getLeden().stream().filter(drawn::contains)
                    .map(Element::getId).collect(Collectors.joining(" ")));
        }
        return laidOut(node.addCssClasses(List.of("netwerk", "vorm-" + slug(netwerk.getVorm() == null ? "onbekend" : netwerk.getVorm().getName())))
                .add(label(netwerk.getId(), NetwerkkaartTypes.LABEL_NAAM, naam(netwerk)))
                .add(label(netwerk.getId(), NetwerkkaartTypes.LABEL_SOORT, vorm + " · " + netwerk.getLeden().size()
                        + (netwerk.getLeden().size() == 1 ? " lid" : " leden")))
                .build(), NETWERK_SIZE, 16, 30);
    }

    GNode convenant(Convenant convenant) {
        String periode = convenant.getPeriodeVan() == null && convenant.getPeriodeTot() == null ? ""
                : " · " + (convenant.getPeriodeVan() == null ? "?" : convenant.getPeriodeVan()) + "–"
                        + (convenant.getPeriodeTot() == null ? "" : convenant.getPeriodeTot());
        String partners = convenant.getPartners().stream().filter(drawn::contains).map(Element::getId)
                .collect(Collectors.joining(" "));
        return laidOut(node(NetwerkkaartTypes.CONVENANT, convenant.getId(), CONVENANT_SIZE, 8, 14)
                .addCssClass("convenant")
                .addArgument("partners", partners)
                .add(label(convenant.getId(), NetwerkkaartTypes.LABEL_NAAM, naam(convenant)))
                .add(label(convenant.getId(), NetwerkkaartTypes.LABEL_SOORT, Labels.of(convenant.getSoort()) + " · "
                        + convenant.getPartners().size() + " partners" + periode))
                .build(), CONVENANT_SIZE, 8, 14);
    }

    GEdge lidmaatschap(Netwerk netwerk, Actor lid) {
        return new GEdgeBuilder(NetwerkkaartTypes.LIDMAATSCHAP).id(DrawnElements.membershipId(netwerk, lid))
                .addCssClass("lidmaatschap").sourceId(lid.getId()).targetId(netwerk.getId()).build();
    }

    GEdge partnerschap(Convenant convenant, Actor partner) {
        return new GEdgeBuilder(NetwerkkaartTypes.CONVENANTPARTNER).id(DrawnElements.partnershipId(convenant, partner))
                .addCssClass("convenantpartner").sourceId(convenant.getId()).targetId(partner.getId()).build();
    }

    GEdge sturingsrelatie(Sturingsrelatie relatie) {
        String soort = relatie.getSoort() == null ? "onbekend" : slug(relatie.getSoort().getName());
        String familie = SturingsrelatiePresentation.familyOf(relatie.getSoort());
        GEdge edge = new GEdgeBuilder(NetwerkkaartTypes.STURINGSRELATIE).id(relatie.getId())
                .addCssClasses(List.of("sturingsrelatie", "soort-" + soort, "familie-" + familie))
                .sourceId(relatie.getVan().getId()).targetId(relatie.getNaar().getId())
                .add(new GLabelBuilder(NetwerkkaartTypes.LABEL_RELATIE).id(relatie.getId() + "/" + NetwerkkaartTypes.LABEL_RELATIE)
                        .text(relatieLabel(relatie))
                        .edgePlacement(new GEdgePlacementBuilder().position(0.5).offset(6).side("on").rotate(false).build())
                        .build())
                .build();
        edge.getChildren().forEach(label -> NodeLabelLayout.sizeOnEdge((GLabel) label, edge.getType()));
        return edge;
    }

    /** "subsidie · kaderstelling / contractering · doorzettingsmacht: heeft wel, gebruikt niet". */
    static String relatieLabel(Sturingsrelatie relatie) {
        List<String> parts = new ArrayList<>();
        parts.add(relatie.getSoort() == null ? "sturingsrelatie" : Labels.of(relatie.getSoort()));
        if (relatie.getFase() != null && relatie.getFase().getValue() != 0) {
            parts.add(Labels.of(relatie.getFase()));
        }
        String heeft = known(relatie.getDoorzettingsmachtHeeft());
        String gebruik = known(relatie.getDoorzettingsmachtGebruik());
        if (heeft != null || gebruik != null) {
            parts.add("doorzettingsmacht: " + (heeft == null ? "" : "heeft " + heeft)
                    + (heeft != null && gebruik != null ? ", " : "") + (gebruik == null ? "" : "gebruikt " + gebruik));
        }
        return String.join(" · ", parts);
    }

    private static String known(Doorzettingsmacht value) {
        return value == null || value == Doorzettingsmacht.ONBEKEND ? null : Labels.of(value);
    }

    /** The roles of the gemeente in the networks, each once: "regisseur, financier". */
    private String gemeenteRollen(Actor actor) {
        Set<String> rollen = new LinkedHashSet<>();
        for (Netwerk netwerk : model.getNetwerken()) {
            for (Rol rol : netwerk.getRollen()) {
                if (rol.getActor() == actor && rol.getSoort() != null && rol.getSoort().getValue() != 0) {
                    rollen.add(Labels.of(rol.getSoort()));
                }
            }
        }
        return rollen.isEmpty() ? "" : "rollen: " + String.join(", ", rollen);
    }

    /** A node with its stored place; the side padding leaves room for the category icon. */
    private GNodeBuilder node(String type, String id, double[] minimum, double padding, double side) {
        Bounds bounds = notation.get(id).orElse(Bounds.at(0, 0));
        GLayoutOptions options = new GLayoutOptions().hAlign(GConstants.HAlign.CENTER).paddingTop(padding)
                .paddingBottom(padding).paddingLeft(side).paddingRight(side).vGap(3).minWidth(minimum[0]);
        if (bounds.hasSize()) {
            options.prefWidth(bounds.width()).prefHeight(bounds.height());
        }
        GNodeBuilder node = new GNodeBuilder(type).id(id).position(bounds.x(), bounds.y()).layout(GConstants.Layout.VBOX)
                .layoutOptions(options);
        if (bounds.hasSize()) {
            node.size(bounds.width(), bounds.height());
        }
        return node;
    }

    /**
     * Sizes the node and places its labels on the server (the map needs no measuring pass in the
     * browser): at least the minimum size, the stored size if there is one, and room for the labels.
     */
    private GNode laidOut(GNode node, double[] minimum, double padding, double side) {
        Bounds bounds = notation.get(node.getId()).orElse(Bounds.at(0, 0));
        NodeLabelLayout.apply(node, padding, side, minimum[0], bounds.hasSize() ? bounds.width() : 0,
                bounds.hasSize() ? bounds.height() : 0);
        return node;
    }

    private static GLabel label(String ownerId, String type, String text) {
        return new GLabelBuilder(type).id(ownerId + "/" + type).text(text == null ? "" : text).build();
    }

    private static GLabel badge(Actor actor, String key, String text, String cssClass) {
        return new GLabelBuilder(NetwerkkaartTypes.LABEL_BADGE).id(actor.getId() + "/badge/" + key).text(text)
                .addCssClass(cssClass).build();
    }

    private static String soortLabel(Actor actor) {
        ActorSoort soort = ActorSoorten.find(actor.getSoort());
        if (soort != null) {
            return soort.label();
        }
        return actor.getSoort() != null && !actor.getSoort().isBlank() ? actor.getSoort() : Labels.of(actor.getCategorie());
    }

    private static String naam(Element element) {
        return element.getNaam() == null || element.getNaam().isBlank() ? "(naamloos)" : element.getNaam();
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
