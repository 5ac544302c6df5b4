package nl.bondgenoot.rules.tests.extension;

import java.util.List;
import java.util.Map;

import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.RuleSet;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** A rule set as a tool builder would write one: a house rule with its own id prefix and a parameter. */
public class VoorbeeldRuleSet implements RuleSet {

    static final class Vb1Beschrijving extends AbstractRule<Netwerk> {
        Vb1Beschrijving() {
            super(Netwerk.class, new RuleInfo("VB-1", Severity.INFO, Provenance.EXT, "huisregel", "Een netwerk heeft een beschrijving",
                    "Voorbeeld van een huisregel van een adviesbureau: elk netwerk krijgt een beschrijving van minstens enkele woorden."));
        }

        @Override
        public void check(Netwerk netwerk, RuleContext context) {
            int minimum = context.intParameter("minimumLengte");
            String text = netwerk.getBeschrijving();
            if (text == null || text.strip().length() < minimum) {
                context.report(netwerk, ElementLabels.label(netwerk) + " heeft geen beschrijving van minstens " + minimum
                        + " tekens", "schrijf in een paar zinnen wat het netwerk doet");
            }
        }
    }

    @Override
    public List<Rule<?>> rules() {
        return List.of(new Vb1Beschrijving());
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("VB-1.minimumLengte", "20");
    }
}
