package nl.bondgenoot.rules.builtin.network;

import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkregisseur;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;

/**
 * NET-4, NET-5 and NET-7 judge the actor that holds the netwerkregisseur role; a network without one
 * gives them nothing to judge (NET-3 is the rule that asks a NAO for a regisseur).
 */
abstract class RegisseurRule extends AbstractRule<Netwerk> {

    RegisseurRule(RuleInfo info) {
        super(Netwerk.class, info);
    }

    @Override
    public final void check(Netwerk netwerk, RuleContext context) {
        Netwerkregisseur regisseur = NetworkFacts.regisseur(netwerk);
        if (regisseur != null) {
            checkRegisseur(netwerk, regisseur, context);
        }
    }

    /** Checks a regisseur that an actor holds. */
    abstract void checkRegisseur(Netwerk netwerk, Netwerkregisseur regisseur, RuleContext context);
}
