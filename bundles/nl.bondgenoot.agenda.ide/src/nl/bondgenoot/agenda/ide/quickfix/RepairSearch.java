package nl.bondgenoot.agenda.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.engine.RuleEngine;

/**
 * Finds the smallest changes that make a rule's finding disappear, by trying the values on a copy
 * of the model and asking the rule engine itself. No rule is repeated here: what a rule expects
 * (and a project's profile may change) is what the engine says, so a fix is right by construction.
 */
final class RepairSearch {

    /** A repair: its changes, and how many other findings the element still has with it. */
    record Repair(List<Change> changes, int otherFindings) {
    }

    private final Opdrachtrelatie original;
    private final String ruleId;
    private final RuleEngine engine;
    private Consumer<Opdrachtrelatie> prepare = r -> {
    };

    RepairSearch(Opdrachtrelatie original, String ruleId, RuleEngine engine) {
        this.original = original;
        this.ruleId = ruleId;
        this.engine = engine;
    }

    /** A change every candidate makes before the search (4R-1: the richting text). */
    RepairSearch preparing(Consumer<Opdrachtrelatie> preparation) {
        this.prepare = preparation;
        return this;
    }

    /**
     * The repairs with the fewest changes to the given aspects (required ones always get a value),
     * those leaving the fewest other findings first, at most {@code limit}.
     */
    List<Repair> search(List<Aspect> optional, List<Aspect> required, int limit) {
        List<Aspect> aspects = new ArrayList<>(required);
        aspects.addAll(optional);
        List<Repair> found = new ArrayList<>();
        explore(aspects, required.size(), 0, new ArrayList<>(), found);
        int fewest = found.stream().mapToInt(r -> r.changes().size()).min().orElse(0);
        return found.stream().filter(r -> r.changes().size() == fewest)
                .sorted(Comparator.comparingInt(Repair::otherFindings)).limit(limit).toList();
    }

    private void explore(List<Aspect> aspects, int required, int index, List<Change> chosen, List<Repair> found) {
        if (index == aspects.size()) {
            if (!chosen.isEmpty()) {
                evaluate(List.copyOf(chosen), found);
            }
            return;
        }
        Aspect aspect = aspects.get(index);
        if (index >= required) {
            explore(aspects, required, index + 1, chosen, found); // leave this aspect as written
        }
        Object current = aspect.get(original);
        for (Object value : aspect.values) {
            if (!value.equals(current)) {
                chosen.add(new Change(aspect, value));
                explore(aspects, required, index + 1, chosen, found);
                chosen.remove(chosen.size() - 1);
            }
        }
    }

    private void evaluate(List<Change> changes, List<Repair> found) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        EObject root = EcoreUtil.getRootContainer(original);
        copier.copy(root);
        copier.copyReferences();
        Opdrachtrelatie copy = (Opdrachtrelatie) copier.get(original);
        prepare.accept(copy);
        for (Change change : changes) {
            change.aspect().set(copy, change.value());
        }
        List<Finding> findings = new ArrayList<>();
        engine.validateElement(copy, findings::add);
        if (findings.stream().noneMatch(f -> f.ruleId().equals(ruleId))) {
            found.add(new Repair(changes, findings.size()));
        }
    }
}
