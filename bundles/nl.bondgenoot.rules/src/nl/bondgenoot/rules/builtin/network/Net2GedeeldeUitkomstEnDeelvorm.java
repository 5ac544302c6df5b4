package nl.bondgenoot.rules.builtin.network;

import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** NET-2: a network declares the outcome its members pursue together and what they share (S2:2258-2261). */
public final class Net2GedeeldeUitkomstEnDeelvorm extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("NET-2", Severity.ERROR, Provenance.DOC, "S2:2258-2261",
            "Een netwerk legt zijn gedeelde uitkomst vast en wat de leden delen",
            "Netwerkgovernance is 'het verbinden of delen van informatie, middelen, activiteiten en competenties"
                    + " van minstens drie organisaties om samen een outcome te bewerkstelligen' (Kenis & Provan,"
                    + " 2008, geciteerd in S2:2258-2261). Zonder gezamenlijke outcome of zonder iets dat de leden"
                    + " verbinden of delen, is er geen netwerk maar een verzameling organisaties. Een netwerk kan"
                    + " meer gedeelde uitkomsten hebben; één volstaat.");

    public Net2GedeeldeUitkomstEnDeelvorm() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        // several outcomes are fine (a netwerk may pursue more than one); one that is not blank is needed
        if (netwerk.getGedeeldeUitkomsten().stream().allMatch(u -> u == null || u.isBlank())) {
            context.report(netwerk, ElementLabels.label(netwerk)
                    + " legt geen gedeelde uitkomst vast: de outcome die de leden samen willen bereiken",
                    "leg de gedeelde uitkomst vast");
        }
        if (netwerk.getDeelt().isEmpty()) {
            context.report(netwerk, ElementLabels.label(netwerk) + " legt niet vast wat de leden verbinden of"
                    + " delen: informatie, middelen, activiteiten of competenties",
                    "leg vast wat de leden delen");
        }
    }
}
