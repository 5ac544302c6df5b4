package nl.bondgenoot.rules.builtin.governance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.GemeenterolSoort;
import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.model.Kennisbron;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerktype;
import nl.bondgenoot.model.Scenario;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.builtin.ActorKinds;
import nl.bondgenoot.rules.builtin.DutchLists;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * GOV-2 .. GOV-6: a network that declares a governancetype is checked against the four elements
 * that define it (S3:603-611) and its members. What each governancetype expects is the matrix of
 * S3:697-762 (SPEC 3.2), kept as data in parameters.properties: {@code scenario},
 * {@code sturingsrollen} (the gemeente plays at least one of them; a network that records none of
 * its sturingsrollen is not judged on them, {@link Gemeenten#sturingsrollen}), {@code kennisbron},
 * {@code participatie}, {@code netwerktype}, {@code alleenLeden} (every member is of one of these
 * kinds) and {@code vereisteLeden} (comma-separated groups, alternatives separated by |, each group
 * matched by some member). Kinds of members are ActorCategorie literals or GEMEENTE (the gemeente or
 * a part of it). An empty value is not checked; neither is an aspect the network leaves open.
 */
abstract class GovernancetypeMatrixRule extends AbstractRule<Netwerk> {

    private static final String GEMEENTE = "GEMEENTE";

    private final Governancetype type;

    protected GovernancetypeMatrixRule(Governancetype type, RuleInfo info) {
        super(Netwerk.class, info);
        this.type = type;
    }

    @Override
    public final void check(Netwerk netwerk, RuleContext context) {
        // A type that is declared but not dominant next to a dominant one does not characterise the network.
        if (!Typeringen.kenmerkend(netwerk).contains(type)) {
            return;
        }
        checkOne(netwerk, context, "scenario", Scenario.class, netwerk.getScenario(), Scenario.ONBEKEND,
                "het scenario is", "het scenario", "zet het scenario op ");
        checkSturingsrollen(netwerk, context);
        checkOne(netwerk, context, "kennisbron", Kennisbron.class, netwerk.getKennisbron(), Kennisbron.ONBEKEND,
                "de kennisbron is", "de kennisbron", "zet de kennisbron op ");
        checkOne(netwerk, context, "netwerktype", Netwerktype.class, netwerk.getNetwerktype(),
                Netwerktype.ONBEKEND, "het netwerktype is", "het netwerktype", "zet het netwerktype op ");
        Burgerparticipatie niveau = netwerk.getParticipatie() == null ? Burgerparticipatie.ONBEKEND
                : netwerk.getParticipatie().getNiveau();
        checkOne(netwerk, context, "participatie", Burgerparticipatie.class, niveau, Burgerparticipatie.ONBEKEND,
                "de burgerparticipatie is", "burgerparticipatie", "zet de participatie op ");
        checkAlleenLeden(netwerk, context);
        checkVereisteLeden(netwerk, context);
        checkMore(netwerk, context);
    }

    /** Further checks of one governancetype (GOV-5). */
    protected void checkMore(Netwerk netwerk, RuleContext context) {
    }

    /**
     * Reports "Netwerk 'X' is getypeerd als T, maar {wat}; bij T hoort {verwacht}"; with several
     * governancetypen and none dominant the hint also suggests marking one dominant.
     */
    protected final void report(Netwerk netwerk, RuleContext context, String wat, String verwacht, String hint) {
        String typeLabel = Labels.of(type);
        String fullHint = Typeringen.gemengdZonderDominant(netwerk)
                ? hint + ", of markeer het governancetype dat het netwerk kenmerkt als dominant"
                : hint;
        context.report(netwerk, ElementLabels.label(netwerk) + " is getypeerd als " + typeLabel + ", maar " + wat
                + "; bij " + typeLabel + " hoort " + verwacht, fullHint);
    }

    private <E extends Enum<E> & Enumerator> void checkOne(Netwerk netwerk,
            RuleContext context, String parameter, Class<E> enumType, E actual, E unknown, String watPrefix,
            String verwachtPrefix, String hintPrefix) {
        List<E> expected = context.enumListParameter(parameter, enumType);
        if (expected.isEmpty() || actual == unknown || expected.contains(actual)) {
            return;
        }
        report(netwerk, context, watPrefix + " " + Labels.of(actual),
                verwachtPrefix + " " + DutchLists.labels(expected, "of"), hintPrefix + Labels.of(expected.get(0)));
    }

    private void checkSturingsrollen(Netwerk netwerk, RuleContext context) {
        List<GemeenterolSoort> expected = context.enumListParameter("sturingsrollen", GemeenterolSoort.class);
        List<GemeenterolSoort> actual = Gemeenten.sturingsrollen(netwerk); // empty: unknown, not judged
        if (expected.isEmpty() || actual.isEmpty() || !Collections.disjoint(expected, actual)) {
            return;
        }
        report(netwerk, context, "de sturingsrol van de gemeente is " + DutchLists.labels(actual, "en"),
                "de sturingsrol " + DutchLists.labels(expected, "of"),
                "voeg de rol " + Labels.of(expected.get(0)) + " toe aan de rollen van de gemeente");
    }

    private void checkAlleenLeden(Netwerk netwerk, RuleContext context) {
        List<String> kinds = kinds(context, "alleenLeden", context.listParameter("alleenLeden"));
        if (kinds.isEmpty()) {
            return;
        }
        // an actor of unknown categorie may be of the kinds: no finding on a guess (GOV-25 asks for it)
        List<String> others = netwerk.getLeden().stream().filter(a -> !onbekend(a, kinds) && kinds.stream().noneMatch(k -> is(a, k)))
                .map(ElementLabels::label).toList();
        if (!others.isEmpty()) {
            String soorten = kindLabels(kinds);
            report(netwerk, context, DutchLists.join(others, "en") + (others.size() == 1 ? " is" : " zijn")
                    + " geen " + soorten, "samenwerking met alleen leden die " + soorten + " zijn",
                    "haal leden die geen " + soorten + " zijn uit het netwerk");
        }
    }

    private void checkVereisteLeden(Netwerk netwerk, RuleContext context) {
        for (String group : context.listParameter("vereisteLeden")) {
            List<String> kinds = kinds(context, "vereisteLeden", List.of(group.split("\\|")));
            if (!kinds.isEmpty() && netwerk.getLeden().stream().noneMatch(a -> onbekend(a, kinds) || kinds.stream().anyMatch(k -> is(a, k)))) {
                String soorten = kindLabels(kinds);
                report(netwerk, context, "geen van de leden is " + soorten, "een lid dat " + soorten + " is",
                        "voeg een " + soorten + " toe als lid");
            }
        }
    }

    /** Kinds of members: ActorCategorie literals or GEMEENTE, in any case like the other enumeration parameters. */
    private static List<String> kinds(RuleContext context, String parameter, List<String> words) {
        List<String> kinds = new ArrayList<>();
        for (String word : words) {
            String kind = word.trim().toUpperCase(Locale.ROOT);
            if (kind.isEmpty()) {
                continue;
            }
            if (!kind.equals(GEMEENTE) && Arrays.stream(ActorCategorie.values()).noneMatch(c -> c.name().equals(kind))) {
                throw new IllegalStateException("Parameter " + context.parameterKey(parameter) + ": '" + word.trim()
                        + "' is geen ActorCategorie en niet GEMEENTE");
            }
            kinds.add(kind);
        }
        return kinds;
    }

    private static boolean is(Actor actor, String kind) {
        return kind.equals(GEMEENTE) ? ActorKinds.hoortBijGemeente(actor) : ActorKinds.categorie(actor).getName().equals(kind);
    }

    /**
     * Whether the actor is of these kinds cannot be told: its categorie is not known (not chosen, nor
     * given by its kind) and it is no part of the gemeente, or the kinds ask for the gemeente and its
     * soort is no known kind ("Afdeling" may be a gemeentelijke afdeling; GOV-25 asks for the kind).
     */
    private static boolean onbekend(Actor actor, List<String> kinds) {
        if (ActorKinds.hoortBijGemeente(actor)) {
            return false;
        }
        return ActorKinds.categorie(actor) == ActorCategorie.ONBEKEND
                || kinds.contains(GEMEENTE) && ActorKinds.soortOnbekend(actor);
    }

    private static String kindLabels(List<String> kinds) {
        return DutchLists.join(kinds.stream()
                .map(k -> k.equals(GEMEENTE) ? "gemeente(lijke afdeling)" : Labels.of(ActorCategorie.valueOf(k)))
                .toList(), "of");
    }
}
