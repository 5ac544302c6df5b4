package nl.bondgenoot.rules.builtin.participation;

import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.rules.RuleContext;

/** What several participation rules share: reading enumeration lists from the parameters, who counts as burger. */
final class ParticipationFacts {

    private ParticipationFacts() {
    }

    /** A comma-separated list of enumeration names from the rule's parameters, in the order given. */
    static <E extends Enum<E>> List<E> enums(RuleContext context, String parameter, Class<E> type) {
        List<E> values = new ArrayList<>();
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

    /** A single enumeration name from the rule's parameters. */
    static <E extends Enum<E>> E enumValue(RuleContext context, String parameter, Class<E> type) {
        List<E> values = enums(context, parameter, type);
        if (values.size() != 1) {
            throw new IllegalStateException("Parameter " + parameter + " moet precies één waarde van "
                    + type.getSimpleName() + " zijn");
        }
        return values.get(0);
    }

    /** The members that are burgers in the sense of the rule's parameter {@code burgerCategorieen}. */
    static List<Actor> burgers(Netwerk netwerk, RuleContext context) {
        List<ActorCategorie> categorieen = enums(context, "burgerCategorieen", ActorCategorie.class);
        return netwerk.getLeden().stream().filter(a -> categorieen.contains(a.getCategorie())).toList();
    }
}
