package nl.bondgenoot.beoordeling.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.engine.ProfileException;

/**
 * What the rules say about an assessment (unanswered required questions, an indicator judged without
 * answers, contradictions with the model, PLT-1 on a chosen plateau), with the project's rule profile, per
 * element of the assessment, so the form shows each finding where it belongs.
 */
final class Bevindingen {

    private final Path file;
    private Map<EObject, List<String>> perElement = Map.of();
    private List<String> alle = List.of();

    Bevindingen(Path file) {
        this.file = file;
    }

    /** Judges the assessment as it now is. */
    void judge(Beoordeling beoordeling) {
        List<Finding> findings;
        try {
            findings = Rules.engineFor(file).validate(beoordeling);
        } catch (ProfileException e) {
            findings = Rules.engine().validate(beoordeling);
        }
        Map<EObject, List<String>> map = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        for (Finding finding : findings) {
            String text = tekst(finding);
            map.computeIfAbsent(finding.element(), e -> new ArrayList<>()).add(text);
            all.add(text);
        }
        perElement = map;
        alle = all;
    }

    /** The findings about one element of the assessment. */
    List<String> over(EObject element) {
        return perElement.getOrDefault(element, List.of());
    }

    List<String> alle() {
        return alle;
    }

    private static String tekst(Finding finding) {
        return finding.severity().label() + " " + finding.text();
    }
}
