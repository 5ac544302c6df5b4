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
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ProfileException;
import nl.bondgenoot.rules.engine.RuleEngine;

/**
 * The rule findings of a model, judged once per state of the model and shared by everything that
 * asks: the map's look ({@code ergsteBevinding}, on every redraw) and its markers (after every edit),
 * in every session on the model. Kept on the model as an adapter that forgets the findings at any
 * change of it (an edit, an undo, a change from the model editor), and judged again when the project's
 * rule profile changed (another engine answers for the file), so a result is never stale.
 * Callers hold the model host's lock, as for any read of the model.
 */
public final class ModelFindings extends EContentAdapter {

    private Path profileOf;
    private boolean judged;
    /** The engine of the last judgement: the profile cache gives another one when the profile changed. */
    private RuleEngine judgedBy;
    private List<Finding> findings = List.of();
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
        RuleEngine engine;
        ProfileException profileProblem = null;
        try {
            engine = modelFile != null ? Rules.engineFor(modelFile) : Rules.engine();
        } catch (ProfileException e) {
            profileProblem = e;
            engine = Rules.engine();
        }
        if (!judged || engine != judgedBy || !Objects.equals(profileOf, modelFile)) {
            profileOf = modelFile;
            judgedBy = engine;
            worst = null;
            findings = engine.validate(model);
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
            Map<EObject, Severity> worstSeverity = new HashMap<>();
            for (Finding finding : findings) {
                worstSeverity.merge(finding.element(), finding.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
            worst = new HashMap<>();
            worstSeverity.forEach((element, severity) -> worst.put(element, severity.label()));
        }
        return worst;
    }
}
