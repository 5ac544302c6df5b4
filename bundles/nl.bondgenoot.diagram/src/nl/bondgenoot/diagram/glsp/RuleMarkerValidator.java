package nl.bondgenoot.diagram.glsp;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;

import com.google.inject.Inject;

import nl.bondgenoot.model.Element;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.engine.ProfileException;
import nl.bondgenoot.rules.engine.RuleEngine;

/** Shows the rule engine's findings as markers on the diagram elements they are about. */
public class RuleMarkerValidator implements ModelValidator {

    @Inject
    private NetwerkkaartModelState state;

    @Inject
    private ServedModel served;

    @Override
    public List<Marker> doBatchValidation(GModelElement element) {
        if (!(element instanceof GModelRoot root) || state.getModel() == null) {
            return List.of(); // the whole model is checked once, when the client asks for the root
        }
        RuleEngine engine;
        try {
            // The same rules and project profile (bondgenoot.profiel) as the CLI and the workbench.
            engine = Rules.engineFor(served.file());
        } catch (ProfileException e) {
            return List.of(new Marker("PROFIEL", "Het regelprofiel is onleesbaar: " + e.toUserMessage(), root.getId(),
                    MarkerKind.ERROR));
        }
        return engine.validate(state.getModel()).stream()
                .map(finding -> toMarker(finding, root))
                .toList();
    }

    private Marker toMarker(Finding finding, GModelRoot root) {
        String elementId = drawnId(finding.element(), root);
        return new Marker(finding.ruleId(), finding.message() + " (" + finding.source() + ")", elementId,
                kind(finding.severity()));
    }

    /** The id of the drawn element, or the diagram itself when the element has no node. */
    private String drawnId(EObject element, GModelRoot root) {
        if (element instanceof Element e && e.getId() != null
                && state.getIndex().get(e.getId()).isPresent()) {
            return e.getId();
        }
        return root.getId();
    }

    private static String kind(Severity severity) {
        return switch (severity) {
            case ERROR -> MarkerKind.ERROR;
            case WARNING -> MarkerKind.WARNING;
            case INFO -> MarkerKind.INFO;
        };
    }
}
