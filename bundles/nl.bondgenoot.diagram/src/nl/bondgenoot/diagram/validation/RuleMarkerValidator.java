package nl.bondgenoot.diagram.validation;

import nl.bondgenoot.diagram.emf.ModelHost;
import nl.bondgenoot.diagram.emf.ServedModel;
import nl.bondgenoot.diagram.model.DrawnIds;
import nl.bondgenoot.diagram.model.ModelFindings;
import nl.bondgenoot.diagram.model.NetwerkkaartModelState;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;

import com.google.inject.Inject;

import nl.bondgenoot.diagram.notation.ViewSelection;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Convenant;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ProfileException;

/**
 * Shows the rule engine's findings as markers on the diagram elements they are about: once when the
 * client asks (batch) and after every edit, undo and redo (GLSP's live validation after each model
 * update). Each marker's label is the rule id, its description the Dutch message with the source.
 */
public class RuleMarkerValidator implements ModelValidator {

    @Inject
    private ModelHost host;

    @Inject
    private NetwerkkaartModelState state;

    @Inject
    private ServedModel served;

    @Override
    public List<Marker> doBatchValidation(GModelElement element) {
        return judge(element);
    }

    @Override
    public List<Marker> doLiveValidation(GModelElement element) {
        return judge(element);
    }

    private List<Marker> judge(GModelElement element) {
        if (!(element instanceof GModelRoot root) || state.getModel() == null) {
            return List.of(); // the whole model is judged at once, when the client asks for the root
        }
        if (state.getCompare() != null) {
            return List.of(); // the union of two versions is no model anyone made: its findings would mislead
        }
        // never judge while a command changes the model; the same rules and project profile
        // (bondgenoot.profiel) as the CLI and the workbench, judged once per state of the model
        return host.exclusive(() -> {
            try {
                return ModelFindings.of(state.getModel()).findings(served.file()).stream().filter(this::concernsThisView)
                        .map(finding -> toMarker(finding, root)).toList();
            } catch (ProfileException e) {
                return List.of(new Marker("PROFIEL", "Het regelprofiel is onleesbaar: " + e.toUserMessage(), root.getId(),
                        MarkerKind.ERROR));
            }
        });
    }

    /**
     * A view of some elements shows the findings on what it draws and on the model as a whole, not
     * those on elements it leaves out (they would all sit on the diagram, far from their element).
     */
    private boolean concernsThisView(Finding finding) {
        if (state.getNotation().selection().kind() == ViewSelection.Kind.ALLES) {
            return true;
        }
        for (EObject e = finding.element(); e != null; e = e.eContainer()) {
            if (e instanceof Element && state.getIndex().get(DrawnIds.of(e)).isPresent()) {
                return true;
            }
            if (e instanceof Actor || e instanceof Netwerk || e instanceof Convenant || e instanceof Sturingsrelatie) {
                return false; // an element of the map, not drawn in this view
            }
        }
        return true;
    }

    private Marker toMarker(Finding finding, GModelRoot root) {
        return new Marker(finding.ruleId(), finding.message() + " (" + finding.source() + ")",
                drawnId(finding.element(), root), kind(finding.severity()));
    }

    /**
     * The id of the drawn element the finding is about: the element itself, or the nearest drawn
     * element that contains it (a rol or regisseur shows on its netwerk), or else the diagram.
     */
    private String drawnId(EObject element, GModelRoot root) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Element && !DrawnIds.of(e).equals(root.getId()) && state.getIndex().get(DrawnIds.of(e)).isPresent()) {
                return DrawnIds.of(e);
            }
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
