package nl.bondgenoot.rules.builtin.network;

import java.util.List;

import nl.bondgenoot.analysis.Netwerkgraaf;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * NET-19: every member on the peildatum has a sturingsrelatie with another actor of the netwerk, when
 * the netwerk has at least {@code minimumBanden} ties at all (else no relations are modelled yet).
 */
public final class Net19LidZonderBand extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("NET-19", Severity.INFO, Provenance.INF, "S2:2258-2260",
            "Elk lid heeft een band in het netwerk",
            "INF, gelezen uit S2:2258-2260: netwerk governance is 'het verbinden of delen van informatie,"
                    + " middelen, activiteiten en competenties van minstens drie organisaties'. Een lid dat met geen"
                    + " enkele andere actor van het netwerk een sturingsrelatie heeft (in welke richting of van welke"
                    + " soort ook, op de peildatum), is in het model met niemand verbonden: het ontbreekt aan de"
                    + " relaties, of het lid doet niet mee. Alleen beoordeeld in een netwerk met minstens"
                    + " minimumBanden (standaard 1) banden tussen zijn actoren; in een netwerk zonder relaties zijn"
                    + " die nog niet gemodelleerd.");

    public Net19LidZonderBand() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        Netwerkgraaf graaf = NetworkFacts.graaf(netwerk, context);
        if (graaf == null || graaf.ongericht().edgeSet().size() < context.intParameter("minimumBanden")) {
            return;
        }
        List<Actor> los = graaf.actoren().stream()
                .filter(a -> graaf.leden().contains(a) && graaf.ongericht().degreeOf(a) == 0).toList();
        if (!los.isEmpty()) {
            context.report(netwerk, (los.size() == 1 ? "Lid " : "Leden ") + NetworkFacts.labels(los) + " van "
                    + ElementLabels.label(netwerk) + (los.size() == 1 ? " heeft" : " hebben")
                    + " geen sturingsrelatie met een andere actor van het netwerk",
                    "leg de sturingsrelaties van " + (los.size() == 1 ? "dit lid" : "deze leden") + " vast");
        }
    }
}
