package nl.bondgenoot.rules.builtin.network;

import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.ActorKinds;
import nl.bondgenoot.rules.engine.ElementLabels;

/** NET-1: a network has at least three organisations (Kenis &amp; Provan's definition, S2:2258-2260). */
public final class Net1MinimumOrganisaties extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("NET-1", Severity.ERROR, Provenance.DOC, "S2:2258-2260",
            "Een netwerk heeft minstens 3 organisaties",
            "Netwerkgovernance is 'het verbinden of delen van informatie, middelen, activiteiten en competenties"
                    + " van minstens drie organisaties om samen een outcome te bewerkstelligen' (Kenis & Provan,"
                    + " 2008, geciteerd in S2:2258-2260). Burgers en individuele professionals tellen niet als"
                    + " organisatie. Met minder dan drie organisaties is er sprake van een bilaterale relatie,"
                    + " niet van een netwerk.");

    public Net1MinimumOrganisaties() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        int minimum = context.intParameter("minimumOrganisaties");
        long count = context.leden(netwerk).stream().filter(ActorKinds::isOrganisatie).count();
        if (count < minimum) {
            context.report(netwerk, ElementLabels.label(netwerk) + " heeft " + count
                    + (count == 1 ? " organisatie" : " organisaties") + "; een netwerk heeft er minstens "
                    + minimum);
        }
    }
}
