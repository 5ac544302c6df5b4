package nl.bondgenoot.diagram.model;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;

import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.engine.ProfileException;
import nl.bondgenoot.rules.engine.RuleEngine;

/**
 * The rule findings of a model, judged once per state of the model and shared by everything that
 * asks: the map's look ({@code ergsteBevinding}, on every redraw) and its markers (after every edit),
 * in every session on the model. Kept on the model as an adapter that forgets the findings at any
 * change of it (an edit, an undo, a change from the model editor), so a result is never stale.
 * Callers hold the model host's lock, as for any read of the model.
 */
public final class ModelFindings extends EContentAdapter {

    private Path profileOf;
    private boolean judged;
    private List<Finding> findings = List.of();
    private ProfileException profileProblem;
    private Map<EObject, String> worst;

    /** The model judged (an EContentAdapter's target is whichever content it was last added to). */
    private final Governancemodel model;

    private ModelFindings(Governancemodel model) {
        this.model = model;
    }

    /** The findings of this model (adapter made on first use). */
    public static synchronized ModelFindings of(Governancemodel model) {
        for (Object adapter : model.eAdapters()) {
            if (adapter instanceof ModelFindings findings) {
                return findings;
            }
        }
        ModelFindings findings = new ModelFindings(model);
        model.eAdapters().add(findings);
        return findings;
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification); // follows new contents
        if (!notification.isTouch()) {
            forget();
        }
    }

    private synchronized void forget() {
        judged = false;
        worst = null;
    }

    /**
     * The findings with the rules and profile of the project the model file is in (the same as the
     * CLI's); null for the built-in rules without a profile (an export without a file).
     *
     * @throws ProfileException when the project's profile cannot be read
     */
    public synchronized List<Finding> findings(Path modelFile) throws ProfileException {
        if (!judged || !Objects.equals(profileOf, modelFile)) {
            profileOf = modelFile;
            worst = null;
            profileProblem = null;
            try {
                RuleEngine engine = modelFile != null ? Rules.engineFor(modelFile) : Rules.engine();
                findings = engine.validate(model);
            } catch (ProfileException e) {
                profileProblem = e;
                findings = Rules.engine().validate(model);
            }
            judged = true;
        }
        if (profileProblem != null) {
            throw profileProblem;
        }
        return findings;
    }

    /** The worst severity per element ("FOUT", "WAARSCHUWING", "INFO"); without the profile when it cannot be read. */
    public synchronized Map<EObject, String> worst(Path modelFile) {
        try {
            findings(modelFile);
        } catch (ProfileException e) {
            // the markers report the profile; the look uses the built-in rules meanwhile
        }
        if (worst == null) {
            worst = new HashMap<>();
            for (Finding finding : findings) {
                worst.merge(finding.element(), finding.severity().label(), ModelFindings::worse);
            }
        }
        return worst;
    }

    private static String worse(String a, String b) {
        List<String> order = List.of("FOUT", "WAARSCHUWING", "INFO");
        return order.indexOf(a) <= order.indexOf(b) ? a : b;
    }
}
