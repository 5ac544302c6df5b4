package nl.bondgenoot.representation.look;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.bondgenoot.representation.description.Mappings.ConditionalStyle;
import nl.bondgenoot.representation.description.Mappings.EdgeMapping;
import nl.bondgenoot.representation.description.Mappings.NodeMapping;
import nl.bondgenoot.representation.description.Representation;
import nl.bondgenoot.representation.description.Scale;
import nl.bondgenoot.representation.expression.Context;
import nl.bondgenoot.representation.look.Legend.Row;
import nl.bondgenoot.representation.look.Legend.Section;
import nl.bondgenoot.representation.look.Legend.Swatch;
import nl.bondgenoot.representation.look.Looks.EdgeLook;
import nl.bondgenoot.representation.look.Looks.NodeLook;

/**
 * Generates the legend from a description: a section per legend title of the mappings; a row for a
 * mapping's own legend text, for its group, and for every conditional style with legend text. A row's
 * swatch is what the map draws for an example element that meets the style's condition (an element
 * of the class with those values), so legend and map cannot differ.
 */
public final class LegendBuilder {

    private static final double NODE_WIDTH = 42;
    private static final double NODE_HEIGHT = 18;

    private LegendBuilder() {
    }

    public static Legend build(Representation representation) {
        LookResolver resolver = new LookResolver(representation, Context.NONE.withExample(Map.of()));
        Map<String, List<Row>> sections = new LinkedHashMap<>();
        for (NodeMapping node : representation.knopen()) {
            if (node.legenda() == null) {
                continue;
            }
            List<Row> rows = sections.computeIfAbsent(node.legenda(), t -> new ArrayList<>());
            if (node.legendaTekst() != null) {
                rows.add(new Row(node.legendaTekst(), nodeSwatch(resolver, node, Map.of())));
            }
            for (ConditionalStyle style : node.stijlen()) {
                if (style.legenda() != null) {
                    rows.add(new Row(style.legenda(), nodeSwatch(resolver, node, style.als().example(node.klasse()).orElse(Map.of()))));
                }
            }
            if (node.schaal() != null) {
                for (Scale.Step step : node.schaal().legendSteps()) {
                    rows.add(new Row(step.text(), nodeSwatch(resolver, node, Map.of(Scale.EXAMPLE, step.value()))));
                }
            }
            if (node.groep() != null && node.groep().legenda() != null) {
                Swatch inner = nodeSwatch(resolver, node, Map.of(), 24, 12);
                rows.add(new Row(node.groep().legenda(), new Swatch(inner.node(), null, null, node.groep().stijl())));
            }
        }
        for (EdgeMapping edge : representation.lijnen()) {
            if (edge.legenda() == null) {
                continue;
            }
            List<Row> rows = sections.computeIfAbsent(edge.legenda(), t -> new ArrayList<>());
            if (edge.legendaTekst() != null) {
                EdgeLook look = edge.isReference() ? resolver.referenceEdge(edge) : resolver.edge(edge, example(edge.klasse(), Map.of()));
                rows.add(new Row(edge.legendaTekst(), new Swatch(null, null, look, null)));
            }
            if (edge.schaal() != null) {
                for (Scale.Step step : edge.schaal().legendSteps()) {
                    EdgeLook look = resolver.edge(edge, example(edge.klasse(), Map.of()), Context.NONE.withExample(Map.of(Scale.EXAMPLE, step.value())));
                    rows.add(new Row(step.text(), new Swatch(null, null, look, null)));
                }
            }
            for (ConditionalStyle style : edge.stijlen()) {
                if (style.legenda() != null) {
                    Map<String, Object> values = style.als().example(edge.klasse()).orElse(Map.of());
                    EObject element = example(edge.klasse(), values);
                    EdgeLook look = resolver.edge(edge, element, Context.NONE.withExample(values));
                    rows.add(new Row(style.legenda(), new Swatch(null, null, look, null)));
                }
            }
        }
        List<Section> list = new ArrayList<>();
        sections.forEach((title, rows) -> {
            if (!rows.isEmpty()) {
                list.add(new Section(title, List.copyOf(rows)));
            }
        });
        return new Legend(List.copyOf(list));
    }

    private static Swatch nodeSwatch(LookResolver resolver, NodeMapping node, Map<String, Object> values) {
        return nodeSwatch(resolver, node, values, NODE_WIDTH, NODE_HEIGHT);
    }

    private static Swatch nodeSwatch(LookResolver resolver, NodeMapping node, Map<String, Object> values, double w, double h) {
        EObject element = example(node.klasse(), values);
        NodeLook look = resolver.node(node, element, Context.NONE.withExample(values));
        return new Swatch(look.paint(w, h), look.style().icoon(), null, null);
    }

    /** An element of the class with the example's values of real features set. */
    private static EObject example(EClass klasse, Map<String, Object> values) {
        EObject element = EcoreUtil.create(klasse);
        values.forEach((name, value) -> {
            EStructuralFeature feature = klasse.getEStructuralFeature(name);
            if (feature != null && !feature.isMany() && feature.getEType().isInstance(value)) {
                element.eSet(feature, value);
            }
        });
        return element;
    }
}
