package nl.bondgenoot.rules.builtin.network;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Rol;
import nl.bondgenoot.model.RolSoort;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.engine.ElementLabels;

/** What several network rules need to know about organisations, gemeenten and roles. */
final class NetworkFacts {

    private NetworkFacts() {
    }

    /**
     * The organisation an actor belongs to: the top of its {@code onderdeelVan} chain, so that a
     * gemeente's Wmo-loket or a welzijn organisation's team counts as that organisation.
     */
    static Actor organisatieVan(Actor actor) {
        Set<Actor> seen = new HashSet<>();
        Actor current = actor;
        while (current.getOnderdeelVan() != null && seen.add(current)) {
            current = current.getOnderdeelVan();
        }
        return current;
    }

    /** A gemeente is an actor of soort "gemeente" (the open soort list of SPEC 1.1). */
    static boolean isGemeente(Actor actor) {
        return actor != null && actor.getSoort() != null
                && actor.getSoort().trim().toLowerCase(Locale.ROOT).equals("gemeente");
    }

    /**
     * Whether a role belongs to "het primaire proces van dienstverlening aan de cliënt" (S2:2938-2940):
     * roles of a primary-process soort always do, roles of a soort listed as not primary (policy,
     * financing, regie) never do, other roles as the modeller marked them.
     */
    static boolean isPrimairProces(Rol rol, Set<RolSoort> primair, Set<RolSoort> nietPrimair) {
        if (nietPrimair.contains(rol.getSoort())) {
            return false;
        }
        return primair.contains(rol.getSoort()) || rol.isInPrimairProces();
    }

    /**
     * The primary-process roles in a network, after the rule's parameters {@code primairProcesRollen}
     * and {@code nietPrimairProcesRollen}.
     */
    static List<Rol> primaireRollen(Netwerk netwerk, RuleContext context) {
        Set<RolSoort> primair = enums(context, "primairProcesRollen", RolSoort.class);
        Set<RolSoort> nietPrimair = enums(context, "nietPrimairProcesRollen", RolSoort.class);
        return netwerk.getRollen().stream()
                .filter(r -> r.getActor() != null && isPrimairProces(r, primair, nietPrimair))
                .toList();
    }

    /** The primary-process roles in a network held by (a part of) one organisation. */
    static List<Rol> primaireRollenVan(Netwerk netwerk, Actor organisatie, RuleContext context) {
        return primaireRollen(netwerk, context).stream()
                .filter(r -> organisatieVan(r.getActor()) == organisatie)
                .toList();
    }

    /** A comma-separated list of enumeration names from the rule's parameters. */
    static <E extends Enum<E>> Set<E> enums(RuleContext context, String parameter, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String name : context.parameter(parameter).split(",")) {
            if (!name.isBlank()) {
                try {
                    values.add(Enum.valueOf(type, name.trim()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("Parameter " + parameter + ": '" + name.trim()
                            + "' is geen waarde van " + type.getSimpleName(), e);
                }
            }
        }
        return values;
    }

    /** The networks of the model the element is in (just the network itself when it stands alone). */
    static List<Netwerk> netwerkenNaast(Netwerk netwerk) {
        EObject container = netwerk.eContainer();
        return container instanceof Governancemodel model ? model.getNetwerken() : List.of(netwerk);
    }

    /** "Actor 'A', Actor 'B'" */
    static String labels(List<? extends EObject> elements) {
        return String.join(", ", elements.stream().map(ElementLabels::label).toList());
    }
}
