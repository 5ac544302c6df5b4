package nl.bondgenoot.diagram.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.junit.jupiter.api.Test;

import nl.bondgenoot.diagram.model.LookArgs;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;

/**
 * A filter that hides actors hides the lines to them too (a line to nothing is a defect a user sees),
 * on the map (the line carries its ends' layers and filters) and in the export alike; a filter that
 * fades an end fades its lines.
 */
class LinesToHiddenEndsTest {

    @Test
    void aLineWhoseEndIsHiddenIsHiddenAndOneWithAFadedEndFades() throws Exception {
        Governancemodel model = ModelFiles.load(SvgDocuments.root().resolve("examples/netwerken/sleutelteam-berflo-es.bondgenoot"));
        Notation notation = new Notation();
        notation.filter("met-relaties", true); // "Alleen actoren met sturingsrelaties": hides actors by a number
        notation.filter("gemeente", true); // "Accent op de gemeente": fades the other actors
        GGraph graph = HeadlessGModel.build(model, notation);
        ViewState view = new ViewState(graph);
        Map<String, GNode> nodes = graph.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast)
                .collect(Collectors.toMap(GModelElement::getId, Function.identity()));
        List<GEdge> edges = graph.getChildren().stream().filter(GEdge.class::isInstance).map(GEdge.class::cast).toList();

        long hiddenActors = nodes.values().stream().filter(view::hides).count();
        assertTrue(hiddenActors > 0, "the example has actors without sturingsrelaties");
        long toHidden = edges.stream().filter(e -> view.hides(nodes.get(e.getSourceId())) || view.hides(nodes.get(e.getTargetId()))).count();
        assertTrue(toHidden > 0, "and lines to them (memberships)");
        for (GEdge edge : edges) {
            boolean endHidden = view.hides(nodes.get(edge.getSourceId())) || view.hides(nodes.get(edge.getTargetId()));
            assertEquals(endHidden, view.hides(edge), edge.getId() + ": hidden exactly when an end is hidden");
            boolean endFaded = fades(nodes.get(edge.getSourceId())) || fades(nodes.get(edge.getTargetId()));
            assertEquals(endFaded, fades(edge), edge.getId() + ": faded exactly when an end is faded");
        }

        String svg = NetwerkkaartExport.svg(model, notation);
        long drawnLines = SvgDocuments.withClass(SvgDocuments.parse(svg), "g", "lidmaatschap").size()
                + SvgDocuments.withClass(SvgDocuments.parse(svg), "g", "sturingsrelatie").size()
                + SvgDocuments.withClass(SvgDocuments.parse(svg), "g", "convenantpartner").size()
                + SvgDocuments.withClass(SvgDocuments.parse(svg), "g", "financieringsstroom").size();
        assertEquals(edges.size() - toHidden, drawnLines, "the export leaves out the same lines");
        assertFalse(edges.isEmpty());
    }

    private static boolean fades(GModelElement element) {
        return LookArgs.ids(element, LookArgs.FAILED_FILTERS).contains("gemeente");
    }
}
