package nl.bondgenoot.rules.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.tijd.Geldigheid;
import nl.bondgenoot.model.tijd.Peildatum;
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

    /** The rule profile this engine applies. */
    public RuleProfile profile() {
        return profile;
    }

    /**
     * A parameter by its full key ({@code NET-13.NAO.organisaties}): the profile's value, else the rule
     * set's; {@code null} when no rule set has it. For callers that judge as a rule does outside a validation.
     */
    public String parameter(String key) {
        return parameters.get(key);
    }

    /** The rules this engine runs (those the profile has not switched off). */
    public List<Rule<?>> rules() {
        return rules;
    }

    /** Checks the root and everything it contains, at today's date. */
    public List<Finding> validate(EObject root) {
        return validate(root, Peildatum.vandaag());
    }

    /**
     * Checks the root and everything it contains as it stands on the peildatum: an element whose
     * period does not hold on that date (a convenant that ended, a rol not yet begun) is not judged,
     * nor is anything inside it.
     */
    public List<Finding> validate(EObject root, LocalDate peildatum) {
        List<Finding> findings = new ArrayList<>();
        // One context per rule for the whole pass rather than one per rule and element: a model has
        // 60,000 elements, and right after a load every bit of garbage made here brings the young
        // collection nearer that has to copy the whole freshly loaded (still young) model.
        Map<Rule<?>, Context<?>> contexts = new IdentityHashMap<>();
        Consumer<Finding> sink = findings::add;
        check(root, peildatum, contexts, sink);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            if (!Geldigheid.geldtOp(element, peildatum)) {
                it.prune();
                continue;
            }
            check(element, peildatum, contexts, sink);
        }
        return findings;
    }

    /** Runs the rules that apply to this one element (not its contents), at today's date. */
    public void validateElement(EObject element, Consumer<Finding> findings) {
        LocalDate today = Peildatum.vandaag();
        if (Geldigheid.geldtOp(element, today)) {
            check(element, today, new IdentityHashMap<>(), findings);
        }
    }

    private void check(EObject element, LocalDate peildatum, Map<Rule<?>, Context<?>> contexts,
            Consumer<Finding> findings) {
        for (Rule<?> rule : rulesFor(element)) {
            Context<?> context = contexts.get(rule);
            if (context == null) {
                context = new Context<>(rule, peildatum, findings);
                contexts.put(rule, context);
            }
            context.check(element);
        }
    }

    /** The rules for one kind of element, worked out once per EClass: models have 60,000 elements. */
    private List<Rule<?>> rulesFor(EObject element) {
        List<Rule<?>> known = byClass.get(element.eClass()); // no capturing lambda on the usual path
        return known != null ? known : byClass.computeIfAbsent(element.eClass(),
                c -> rules.stream().filter(r -> r.appliesTo().isInstance(element)).toList());
    }

    @SuppressWarnings("unchecked")
    private <V> V cached(String key, Supplier<V> parse) {
        Object value = typedParameters.get(key);
        if (value == null) {
            value = parse.get();
            typedParameters.put(key, value);
        }
        return (V) value;
    }

    /**
     * One rule at work in one validation. Parameters are looked up by name here first, so that
     * asking for one for every element builds no key strings.
     */
    private final class Context<T extends EObject> implements RuleContext {
        private final Rule<T> rule;
        private final Severity severity;
        private final Consumer<Finding> findings;
        private final LocalDate peildatum;
        private final Map<String, String> texts = new HashMap<>();
        private final Map<String, List<String>> lists = new HashMap<>();
        private final Map<String, TypedList> enumLists = new HashMap<>();

        Context(Rule<T> rule, LocalDate peildatum, Consumer<Finding> findings) {
            this.rule = rule;
            this.peildatum = peildatum;
            this.severity = profile.severity(rule.info());
            this.findings = findings;
        }

        void check(EObject element) {
            rule.check(rule.appliesTo().cast(element), this);
        }

        @Override
        public LocalDate peildatum() {
            return peildatum;
        }

        @Override
        public void report(EObject about, String message) {
            report(about, message, null);
        }

        @Override
        public void report(EObject about, String message, String quickFixHint) {
            findings.accept(new Finding(rule.info(), severity, about, message, quickFixHint));
        }

        @Override
        public void reportIfUnknownHolds(EObject about, String message, String quickFixHint) {
            findings.accept(new Finding(rule.info(), Severity.INFO, about, message, quickFixHint));
        }

        @Override
        public String parameterKey(String name) {
            return rule.info().id() + "." + name;
        }

        // Parsed once per engine: rules ask for their lists for every one of 60,000 elements.
        @Override
        public List<String> listParameter(String name) {
            List<String> list = lists.get(name);
            if (list == null) {
                list = cached(parameterKey(name), () -> List.copyOf(RuleContext.super.listParameter(name)));
                lists.put(name, list);
            }
            return list;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <E extends Enum<E>> List<E> enumListParameter(String name, Class<E> type) {
            TypedList known = enumLists.get(name);
            if (known == null || known.type() != type) {
                known = new TypedList(type, cached(parameterKey(name) + "|" + type.getName(),
                        () -> List.copyOf(RuleContext.super.enumListParameter(name, type))));
                enumLists.put(name, known);
            }
            return (List<E>) known.values();
        }

        @Override
        public String parameter(String name) {
            String value = texts.get(name);
            if (value == null) {
                String key = parameterKey(name);
                value = parameters.get(key);
                if (value == null) {
                    throw new IllegalStateException("Parameter " + key + " ontbreekt in de parameters van de regelset");
                }
                texts.put(name, value);
            }
            return value;
        }
    }

    private record TypedList(Class<?> type, List<?> values) {
    }
}
