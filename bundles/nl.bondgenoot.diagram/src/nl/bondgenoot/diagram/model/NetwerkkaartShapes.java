package nl.bondgenoot.diagram.model;

import nl.bondgenoot.diagram.glsp.NetwerkkaartTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GEdgePlacementBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GLayoutOptions;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.util.GConstants;

import nl.bondgenoot.diagram.compare.CompareView;
import nl.bondgenoot.diagram.layout.LayoutGraph;
import nl.bondgenoot.diagram.notation.Bounds;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.diagram.notation.ViewSelection;
import nl.bondgenoot.diagram.views.ViewContents;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.representation.description.Mappings.EdgeMapping;
import nl.bondgenoot.representation.description.Mappings.NodeMapping;
import nl.bondgenoot.representation.description.Representation;
import nl.bondgenoot.representation.description.TextStyle;
import nl.bondgenoot.representation.look.CompareMark;
import nl.bondgenoot.representation.look.Geometry;
import nl.bondgenoot.representation.look.LookResolver;
import nl.bondgenoot.representation.look.Looks.BadgeLook;
import nl.bondgenoot.representation.look.Looks.EdgeLook;
import nl.bondgenoot.representation.look.Looks.LabelLook;
import nl.bondgenoot.representation.look.Looks.NodeLook;

/**
 * Turns a representation description into GModel elements: a node per element of each node mapping,
 * a line per element of a class line mapping and per value of a reference line mapping. The look the
 * description gives an element travels in the element's arguments ({@link LookArgs}); the web client
 * and the export only draw it. Node types are "node:" + the mapping's id, line types "edge:" + it.
 * CSS classes name the mapping and the element's enumeration values (categorie-overheid, soort-advies)
 * for tests and assistive technology, never for the look.
 */
final class NetwerkkaartShapes {

    private final Governancemodel model;
    private final Notation notation;
    private final LookResolver looks;
    private final Representation representation;
    private final Map<String, EObject> drawn = new LinkedHashMap<>();
    private final Map<String, NodeMapping> mappingOf = new LinkedHashMap<>();
    /** The look of each drawn node, once: a line takes its ends' layers and filters from it. */
    private final Map<String, NodeLook> nodeLooks = new java.util.HashMap<>();
    /** Two versions compared: their marks on what changed (null on an ordinary map). */
    private final CompareView compare;

    NetwerkkaartShapes(Governancemodel model, Notation notation, LookResolver looks) {
        this(model, notation, looks, null);
    }

    NetwerkkaartShapes(Governancemodel model, Notation notation, LookResolver looks, CompareView compare) {
        this.compare = compare;
        this.model = model;
        this.notation = notation;
        this.looks = looks;
        this.representation = looks.representation();
        for (NodeMapping mapping : representation.knopen()) {
            for (EObject element : looks.elements(mapping.elementen(), mapping.als(), model)) {
                String id = element instanceof Element ? DrawnIds.of(element) : null;
                if (id != null && !drawn.containsKey(id)) {
                    drawn.put(id, element);
                    mappingOf.put(id, mapping);
                }
            }
        }
        if (notation.selection().kind() != ViewSelection.Kind.ALLES) {
            // a view of some elements: only those (a line is drawn when both its ends are)
            Set<Element> inView = ViewContents.of(model, notation.selection());
            drawn.values().removeIf(element -> !inView.contains(element));
            mappingOf.keySet().retainAll(drawn.keySet());
        }
    }

    boolean isDrawn(EObject element) {
        return element instanceof Element && drawn.get(DrawnIds.of(element)) == element;
    }

    /** Every node of the map, sized by its labels, at its stored place (or at 0,0 until placed). */
    Map<String, GNode> nodes() {
        Map<String, GNode> nodes = new LinkedHashMap<>();
        drawn.forEach((id, element) -> nodes.put(id, node(mappingOf.get(id), element)));
        return nodes;
    }

    private boolean isContainer(String id) {
        return notation.display(id).filter(Notation.CONTAINER::equals).isPresent();
    }

    /** A node's group is drawn when it is not switchable, or switched to container. */
    private boolean groupShown(NodeMapping mapping, String id) {
        return mapping.groep() != null && (!mapping.groep().wissel() || isContainer(id));
    }

    private GNode node(NodeMapping mapping, EObject element) {
        String id = DrawnIds.of(element);
        NodeLook look = nodeLook(id);
        Bounds bounds = notation.get(id).orElse(Bounds.at(0, 0));
        GLayoutOptions options = new GLayoutOptions().hAlign(GConstants.HAlign.CENTER).paddingTop(look.padding())
                .paddingBottom(look.padding()).paddingLeft(look.side()).paddingRight(look.side()).vGap(3).minWidth(look.minWidth());
        if (bounds.hasSize()) {
            options.prefWidth(bounds.width()).prefHeight(bounds.height());
        }
        GNodeBuilder node = new GNodeBuilder(mapping.type()).id(id).position(bounds.x(), bounds.y())
                .layout(GConstants.Layout.VBOX).layoutOptions(options);
        if (bounds.hasSize()) {
            node.size(bounds.width(), bounds.height());
        }
        List<String> classes = new ArrayList<>(List.of(mapping.id()));
        classes.addAll(enumClasses(element));
        markOf(id).ifPresent(marked -> classes.add(compareClass(marked.mark())));
        Set<String> labelIds = new HashSet<>();
        for (LabelLook label : look.labels()) {
            String type = labelType(label);
            String labelId = id + "/" + type + (labelIds.add(type) ? "" : "/" + labelIds.size());
            node.add(label(new GLabelBuilder(type).id(labelId).text(label.text()).build(), label.style()));
        }
        int badge = 0;
        for (BadgeLook b : look.badges()) {
            GLabel label = label(new GLabelBuilder(NetwerkkaartTypes.LABEL_BADGE).id(id + "/badge/" + badge++).text(b.text()).build(),
                    b.style());
            label.getArgs().put(LookArgs.PILL, b.colour());
            node.add(label);
        }
        if (look.group() != null && groupShown(mapping, id)) {
            if (mapping.groep().wissel()) {
                classes.add("weergave-container");
            }
            node.addArgument(LookArgs.GROUP, look.group().members().stream().filter(this::isDrawn).map(DrawnIds::of)
                    .collect(Collectors.joining(" ")));
            node.addArgument(LookArgs.GROUP_STYLE, LookArgs.GSON.toJson(look.group().style()));
        }
        if (look.style().icoon() != null) {
            node.addArgument(LookArgs.ICON, look.style().icoon());
        }
        node.addArgument(LookArgs.LAYERS, String.join(" ", look.layers()));
        if (notation.isPinned(id)) {
            node.addArgument(LookArgs.PINNED, true);
            classes.add("vast");
        }
        node.addArgument(LookArgs.FAILED_FILTERS,
                String.join(" ", PeildatumView.failed(look.failedFilters(), PeildatumView.fades(notation, element))));
        GNode built = node.addCssClasses(classes.stream().distinct().toList()).build();
        NodeLabelLayout.apply(built, look.padding(), look.side(), look.minWidth(), bounds.hasSize() ? bounds.width() : 0,
                bounds.hasSize() ? bounds.height() : 0, Geometry.stretch(look.style().vorm()));
        double w = built.getSize().getWidth();
        double h = built.getSize().getHeight();
        if (look.style().icoon() != null) {
            double[] icon = Geometry.iconPlace(look.style().vorm(), w, h);
            built.getArgs().put(LookArgs.ICON_PLACE, Geometry.n(icon[0]) + " " + Geometry.n(icon[1]));
        }
        built.getArgs().put(LookArgs.PAINT, LookArgs.GSON.toJson(look.paint(w, h)));
        built.getArgs().put(LookArgs.PAINT_SIZE, Geometry.n(w) + " " + Geometry.n(h));
        return built;
    }

    /** A name that is renamed in place is "label:naam" (ApplyLabelEditHandler); other labels are named after their text style. */
    private static String labelType(LabelLook label) {
        return "naam".equals(label.editFeature()) ? NetwerkkaartTypes.LABEL_NAAM
                : "label:" + (label.styleName() == null ? "tekst" : label.styleName());
    }

    private static GLabel label(GLabel label, TextStyle style) {
        label.getArgs().put(LookArgs.FONT_SIZE, style.grootte());
        label.getArgs().put(LookArgs.FONT_WEIGHT, (double) style.gewicht());
        label.getArgs().put(LookArgs.ITALIC, style.cursief());
        label.getArgs().put(LookArgs.COLOUR, style.kleur());
        label.getArgs().put(LookArgs.HALO, style.halo());
        return label;
    }

    /** Every line between two drawn nodes, lines a container hides left out. */
    List<GEdge> edges() {
        List<GEdge> edges = new ArrayList<>();
        for (EdgeMapping mapping : representation.lijnen()) {
            if (mapping.isReference()) {
                referenceEdges(mapping, edges);
            } else {
                for (EObject element : looks.elements(mapping.elementen(), null, model)) {
                    EObject source = (EObject) element.eGet(element.eClass().getEStructuralFeature(mapping.bron()));
                    EObject target = (EObject) element.eGet(element.eClass().getEStructuralFeature(mapping.doel()));
                    if (element instanceof Element && isDrawn(source) && isDrawn(target)) {
                        String id = DrawnIds.of(element);
                        Optional<CompareMark> mark = markOf(id).map(CompareView.Marked::mark);
                        EdgeLook look = looks.edge(mapping, element);
                        edges.add(edge(mapping, id, (Element) source, (Element) target, mark.map(m -> m.on(look)).orElse(look),
                                element, PeildatumView.fades(notation, element), mark));
                    }
                }
            }
        }
        return edges;
    }

    private void referenceEdges(EdgeMapping mapping, List<GEdge> edges) {
        EdgeLook look = looks.referenceEdge(mapping);
        drawn.forEach((id, owner) -> {
            NodeMapping ownerMapping = mappingOf.get(id);
            if (!ownerMapping.id().equals(mapping.eigenaar())
                    || groupShown(ownerMapping, id) && ownerMapping.groep().verbergt().contains(mapping.id())) {
                return;
            }
            for (EObject value : values(owner, mapping.referentie())) {
                if (isDrawn(value)) {
                    Element v = (Element) value;
                    Element o = (Element) owner;
                    String edgeId = id + "/" + mapping.idDeel() + "/" + DrawnIds.of(v);
                    boolean fades = PeildatumView.fades(notation, owner) || PeildatumView.fadesMembership(notation, owner, value);
                    Optional<CompareMark> mark = compare == null ? Optional.empty()
                            : compare.reference(id, mapping.referentie(), DrawnIds.of(v));
                    EdgeLook marked = mark.map(m -> m.on(look)).orElse(look);
                    edges.add(mapping.naarEigenaar() ? edge(mapping, edgeId, v, o, marked, null, fades, mark)
                            : edge(mapping, edgeId, o, v, marked, null, fades, mark));
                }
            }
        });
    }

    private NodeLook nodeLook(String id) {
        return nodeLooks.computeIfAbsent(id, i -> {
            NodeLook look = looks.node(mappingOf.get(i), drawn.get(i));
            return markOf(i).map(marked -> marked.mark().on(look, marked.features())).orElse(look);
        });
    }

    /** What a compare view marks on the element with this id; nothing on an ordinary map. */
    private Optional<CompareView.Marked> markOf(String id) {
        return compare == null ? Optional.empty() : compare.mark(id);
    }

    /** "vergelijk-toegevoegd": for tests and assistive technology, never for the look. */
    private static String compareClass(CompareMark mark) {
        return "vergelijk-" + mark.word();
    }

    private GEdge edge(EdgeMapping mapping, String id, Element source, Element target, EdgeLook ownLook, EObject element,
            boolean fades, Optional<CompareMark> mark) {
        EdgeLook look = looks.between(ownLook, nodeLook(DrawnIds.of(source)), nodeLook(DrawnIds.of(target)));
        List<String> classes = new ArrayList<>(List.of(mapping.id()));
        if (element != null) {
            classes.addAll(enumClasses(element));
        }
        mark.ifPresent(m -> classes.add(compareClass(m)));
        GEdgeBuilder builder = new GEdgeBuilder(mapping.type()).id(id).addCssClasses(classes).sourceId(DrawnIds.of(source))
                .targetId(DrawnIds.of(target)).addArgument(LookArgs.COLOUR, look.colour()).addArgument(LookArgs.WIDTH, look.width())
                .addArgument(LookArgs.DASH, look.dash()).addArgument(LookArgs.ROUND, look.roundCaps())
                .addArgument(LookArgs.LAYERS, String.join(" ", look.layers()))
                .addArgument(LookArgs.FAILED_FILTERS, String.join(" ", PeildatumView.failed(look.failedFilters(), fades)));
        if (look.arrow() != null) {
            builder.addArgument(LookArgs.ARROW, look.arrow());
        }
        if (look.label() != null) {
            String type = labelType(look.label());
            builder.add(label(new GLabelBuilder(type).id(id + "/" + type).text(look.label().text())
                    .edgePlacement(new GEdgePlacementBuilder().position(0.5).offset(6).side("on").rotate(false).build()).build(),
                    look.label().style()));
        }
        GEdge edge = builder.build();
        edge.getChildren().forEach(label -> NodeLabelLayout.sizeOnEdge((GLabel) label));
        return edge;
    }

    /** The map as a layout sees it: every node at its drawn size, every line (also hidden ones), the group regions. */
    LayoutGraph layoutGraph(Map<String, GNode> nodes) {
        LayoutGraph graph = new LayoutGraph();
        graph.direction(representation.richting());
        nodes.forEach((id, node) -> graph.box(id, node.getSize().getWidth(), node.getSize().getHeight()));
        for (EdgeMapping mapping : representation.lijnen()) {
            if (mapping.isReference()) {
                drawn.forEach((id, owner) -> {
                    if (mappingOf.get(id).id().equals(mapping.eigenaar())) {
                        values(owner, mapping.referentie()).forEach(v -> {
                            if (v instanceof Element && isDrawn(v)) {
                                // A description that names its direction (a chain) is laid out along its lines as
                                // drawn; the netwerkkaart keeps a netwerk above its members.
                                boolean asDrawn = mapping.naarEigenaar() && representation.richting() != null;
                                graph.line(asDrawn ? DrawnIds.of(v) : id, asDrawn ? id : DrawnIds.of(v));
                            }
                        });
                    }
                });
            } else {
                for (EObject element : looks.elements(mapping.elementen(), null, model)) {
                    Object source = element.eGet(element.eClass().getEStructuralFeature(mapping.bron()));
                    Object target = element.eGet(element.eClass().getEStructuralFeature(mapping.doel()));
                    if (source instanceof Element s && target instanceof Element t && isDrawn(s) && isDrawn(t)) {
                        graph.line(DrawnIds.of(s), DrawnIds.of(t));
                    }
                }
            }
        }
        drawn.forEach((id, element) -> {
            NodeMapping mapping = mappingOf.get(id);
            if (groupShown(mapping, id)) {
                Set<String> members = new LinkedHashSet<>();
                nodeLook(id).group().members().stream().filter(this::isDrawn)
                        .forEach(m -> members.add(DrawnIds.of(m)));
                graph.region(id, members);
            }
        });
        return graph;
    }

    private static List<EObject> values(EObject owner, String reference) {
        Object value = owner.eGet(owner.eClass().getEStructuralFeature(reference));
        if (value instanceof List<?> list) {
            return list.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
        }
        return value instanceof EObject e ? List.of(e) : List.of();
    }

    /** "categorie-overheid", "soort-advies": the element's enumeration values as CSS classes. */
    private static List<String> enumClasses(EObject element) {
        List<String> classes = new ArrayList<>();
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (attribute.getEType() instanceof EEnum && !attribute.isMany() && element.eGet(attribute) instanceof Enumerator value) {
                classes.add(attribute.getName() + "-" + slug(value.getName()));
            }
        }
        return classes;
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
