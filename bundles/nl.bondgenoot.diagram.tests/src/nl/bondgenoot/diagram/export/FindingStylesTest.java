package nl.bondgenoot.diagram.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.junit.jupiter.api.Test;

import nl.bondgenoot.diagram.model.LookArgs;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.rules.Rules;

/** A description can style by the worst rule finding on an element: the netwerkkaart's filter "Vervaag wat in orde is". */
class FindingStylesTest {

    @Test
    void theFilterOnFindingsFadesExactlyTheElementsWithoutAFinding() throws Exception {
        Governancemodel model = ModelFiles.load(SvgDocuments.root().resolve("examples/skelet/kamperpoort-te-klein.bondgenoot"));
        Set<String> withFindings = Rules.engine().validate(model).stream().map(f -> f.element())
                .filter(Element.class::isInstance).map(e -> ((Element) e).getId()).collect(Collectors.toSet());
        GGraph graph = HeadlessGModel.build(model, new Notation());
        int nodes = 0;
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GNode node) {
                nodes++;
                boolean faded = LookArgs.ids(node, LookArgs.FAILED_FILTERS).contains("bevindingen");
                assertEquals(!withFindings.contains(node.getId()), faded, node.getId());
            }
        }
        assertFalse(withFindings.isEmpty(), "the example has findings");
        assertEquals(model.getActoren().size() + model.getNetwerken().size() + model.getConvenanten().size(), nodes);
    }
}
