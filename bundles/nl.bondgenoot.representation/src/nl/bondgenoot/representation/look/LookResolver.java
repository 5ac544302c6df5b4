package nl.bondgenoot.representation.look;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.representation.description.Mappings.BadgeMapping;
import nl.bondgenoot.representation.description.Mappings.ConditionalStyle;
import nl.bondgenoot.representation.description.Mappings.EdgeMapping;
import nl.bondgenoot.representation.description.Mappings.Filter;
import nl.bondgenoot.representation.description.Mappings.LabelMapping;
import nl.bondgenoot.representation.description.Mappings.Layer;
import nl.bondgenoot.representation.description.Mappings.NodeMapping;
import nl.bondgenoot.representation.description.Representation;
import nl.bondgenoot.representation.description.Scale;
import nl.bondgenoot.representation.description.Style;
import nl.bondgenoot.representation.expression.Context;
import nl.bondgenoot.representation.expression.Expression;
import nl.bondgenoot.representation.look.Looks.EdgeLook;
import nl.bondgenoot.representation.look.Looks.NodeLook;

/**
 * Applies a description to model elements: which elements a mapping draws, and the look of each
 * (base style, then every conditional style that holds, in order). The one place where a
 * description becomes a look, for the browser map, the export and the legend alike. Order: the base
 * style, the scale by number ({@link Scale}), then the conditional styles.
 */
public final class LookResolver {

    private final Representation representation;
    private final Context context;

    public LookResolver(Representation representation, Context context) {
        this.representation = representation;
        this.context = context;
    }

    public Representation representation() {
        return representation;
    }

    /** The elements of the model a mapping draws. */
    public List<EObject> elements(Expression elementen, Expression als, Governancemodel model) {
        List<EObject> elements = new ArrayList<>();
        for (Object value : elementen.values(model, context)) {
            if (value instanceof EObject element && (als == null || als.test(element, context))) {
                elements.add(element);
            }
        }
        return elements;
    }

    public NodeLook node(NodeMapping mapping, EObject element) {
        return node(mapping, element, context);
    }

    NodeLook node(NodeMapping mapping, EObject element, Context in) {
        // the scale before the conditional styles: a style for a particular case (a rule finding) wins
        Scale scale = mapping.schaal();
        Style base = mapping.stijl();
        double fraction = 0;
        if (scale != null) {
            double value = scale.valueOf(element, in);
            base = scale.apply(base, value);
            fraction = scale.fraction(value);
        }
        Style style = styled(base, mapping.stijlen(), element, in);
        double minWidth = scale != null && scale.breedte() != null ? Scale.between(scale.breedte(), fraction) : mapping.breedte();
        double minHeight = scale != null && scale.hoogte() != null ? Scale.between(scale.hoogte(), fraction) : mapping.hoogte();
        List<Looks.LabelLook> labels = new ArrayList<>();
        for (LabelMapping label : mapping.labels()) {
            if (label.als() == null || label.als().test(element, in)) {
                labels.add(label(label, element, in));
            }
        }
        List<Looks.BadgeLook> badges = new ArrayList<>();
        for (BadgeMapping badge : mapping.badges()) {
            if (badge.als() == null || badge.als().test(element, in)) {
                for (Object text : badge.tekst().values(element, in)) {
                    badges.add(new Looks.BadgeLook(Expression.text(text), badge.kleur(), representation.textStyle(badge.stijl())));
                }
            }
        }
        Looks.GroupLook group = null;
        if (mapping.groep() != null) {
            List<EObject> members = new ArrayList<>();
            for (Object value : mapping.groep().leden().values(element, in)) {
                if (value instanceof EObject member) {
                    members.add(member);
                }
            }
            group = new Looks.GroupLook(members, mapping.groep().stijl(), mapping.groep().wissel(), mapping.groep().verbergt());
        }
        return new NodeLook(mapping.id(), style, labels, badges, group, minWidth, minHeight, mapping.marge(),
                mapping.zijmarge(), layers(mapping.id(), element, in), failedFilters(mapping.id(), element, in));
    }

    /** A line drawn for an element of a class (a sturingsrelatie). */
    public EdgeLook edge(EdgeMapping mapping, EObject element) {
        return edge(mapping, element, context);
    }

    EdgeLook edge(EdgeMapping mapping, EObject element, Context in) {
        Style base = mapping.schaal() == null ? mapping.stijl()
                : mapping.schaal().apply(mapping.stijl(), mapping.schaal().valueOf(element, in));
        Style style = styled(base, mapping.stijlen(), element, in);
        Looks.LabelLook label = mapping.label() == null || mapping.label().als() != null && !mapping.label().als().test(element, in)
                ? null
                : label(mapping.label(), element, in);
        return new EdgeLook(mapping.id(), style, label, layers(mapping.id(), element, in), failedFilters(mapping.id(), element, in));
    }

    /** A line drawn for a value of a reference (a netwerk's lid): its base style; layers without condition. */
    public EdgeLook referenceEdge(EdgeMapping mapping) {
        return new EdgeLook(mapping.id(), mapping.stijl(), null, layers(mapping.id(), null, context), List.of());
    }

    /**
     * A line as drawn between two nodes: a line to a hidden node would point at nothing, so it is on its
     * ends' layers too and fails the filters that hide its ends; a filter that fades fades the line with
     * a faded end, unless the filter judges the line itself (then its own judgement counts: a line with
     * a rule finding stays clear between ends that are in order).
     */
    public EdgeLook between(EdgeLook line, NodeLook source, NodeLook target) {
        Set<String> layers = new LinkedHashSet<>(line.layers());
        layers.addAll(source.layers());
        layers.addAll(target.layers());
        Set<String> failed = new LinkedHashSet<>(line.failedFilters());
        for (Filter filter : representation.filters()) {
            boolean endFails = source.failedFilters().contains(filter.id()) || target.failedFilters().contains(filter.id());
            if (endFails && !(filter.vervaag() && filter.mappings().contains(line.mapping()))) {
                failed.add(filter.id());
            }
        }
        return new EdgeLook(line.mapping(), line.style(), line.label(), List.copyOf(layers), List.copyOf(failed));
    }

    private Looks.LabelLook label(LabelMapping label, EObject element, Context in) {
        return new Looks.LabelLook(label.tekst().text(element, in), label.stijl(), representation.textStyle(label.stijl()),
                label.bewerkbaar());
    }

    private static Style styled(Style base, List<ConditionalStyle> styles, EObject element, Context in) {
        Style style = base;
        for (ConditionalStyle conditional : styles) {
            if (conditional.als().test(element, in)) {
                style = style.with(conditional.stijl());
            }
        }
        return style;
    }

    private List<String> layers(String mapping, EObject element, Context in) {
        List<String> ids = new ArrayList<>();
        for (Layer layer : representation.lagen()) {
            if (layer.mappings().contains(mapping)
                    && (layer.als() == null || element != null && layer.als().test(element, in))) {
                ids.add(layer.id());
            }
        }
        return ids;
    }

    private List<String> failedFilters(String mapping, EObject element, Context in) {
        List<String> ids = new ArrayList<>();
        for (Filter filter : representation.filters()) {
            if (filter.mappings().contains(mapping) && filter.als() != null && element != null && !filter.als().test(element, in)) {
                ids.add(filter.id());
            }
        }
        return ids;
    }
}
