package nl.bondgenoot.rules.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleSet;
import nl.bondgenoot.rules.Severity;

/**
 * Runs rules over a model in one pass over its contents. One engine serves the CLI, the model
 * validator, the agenda DSL and the diagram markers, so they all report the same findings. A
 * rule profile switches rules off, re-grades them and overrides their parameters.
 */
public final class RuleEngine {

    private final List<Rule<?>> rules;
    private final Map<String, String> parameters = new HashMap<>();
    private final RuleProfile profile;
    private final Map<EClass, List<Rule<?>>> byClass = new ConcurrentHashMap<>();
    private final Map<String, Object> typedParameters = new ConcurrentHashMap<>();

    public RuleEngine(List<? extends RuleSet> ruleSets, RuleProfile profile) {
        List<Rule<?>> active = new ArrayList<>();
        for (RuleSet set : ruleSets) {
            parameters.putAll(set.parameters());
            for (Rule<?> rule : set.rules()) {
                if (profile.isEnabled(rule.info().id())) {
                    active.add(rule);
                }
            }
        }
        parameters.putAll(profile.parameters());
        this.rules = List.copyOf(active);
        this.profile = profile;
    }

    /** The rules this engine runs (those the profile has not switched off). */
    public List<Rule<?>> rules() {
        return rules;
    }

    /** Checks the root and everything it contains. */
    public List<Finding> validate(EObject root) {
        List<Finding> findings = new ArrayList<>();
        validateElement(root, findings::add);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            validateElement(it.next(), findings::add);
        }
        return findings;
    }

    /** Runs the rules that apply to this one element (not its contents). */
    public void validateElement(EObject element, Consumer<Finding> findings) {
        for (Rule<?> rule : rulesFor(element)) {
            run(rule, element, findings);
        }
    }

    /** The rules for one kind of element, worked out once per EClass: models have 60,000 elements. */
    private List<Rule<?>> rulesFor(EObject element) {
        return byClass.computeIfAbsent(element.eClass(),
                c -> rules.stream().filter(r -> r.appliesTo().isInstance(element)).toList());
    }

    @SuppressWarnings("unchecked")
    private <V> V cached(String key, java.util.function.Supplier<V> parse) {
        Object value = typedParameters.get(key);
        if (value == null) {
            value = parse.get();
            typedParameters.put(key, value);
        }
        return (V) value;
    }

    private <T extends EObject> void run(Rule<T> rule, EObject element, Consumer<Finding> findings) {
        Severity severity = profile.severity(rule.info());
        rule.check(rule.appliesTo().cast(element), new RuleContext() {
            @Override
            public void report(EObject about, String message) {
                report(about, message, null);
            }

            @Override
            public void report(EObject about, String message, String quickFixHint) {
                findings.accept(new Finding(rule.info(), severity, about, message, quickFixHint));
            }

            @Override
            public String parameterKey(String name) {
                return rule.info().id() + "." + name;
            }

            // Parsed once per engine: rules ask for their lists for every one of 60,000 elements.
            @Override
            public List<String> listParameter(String name) {
                return cached(parameterKey(name), () -> List.copyOf(RuleContext.super.listParameter(name)));
            }

            @Override
            public <E extends Enum<E>> List<E> enumListParameter(String name, Class<E> type) {
                return cached(parameterKey(name) + "|" + type.getName(),
                        () -> List.copyOf(RuleContext.super.enumListParameter(name, type)));
            }

            @Override
            public String parameter(String name) {
                String key = parameterKey(name);
                String value = parameters.get(key);
                if (value == null) {
                    throw new IllegalStateException("Parameter " + key + " ontbreekt in de parameters van de regelset");
                }
                return value;
            }
        });
    }
}
