package nl.bondgenoot.rules.builtin.network;

import java.util.List;

import nl.bondgenoot.analysis.Netwerkgraaf;
import nl.bondgenoot.analysis.maten.Snijpunt;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * NET-18: no single actor holds the netwerk together: an actor whose loss cuts at least
 * {@code minimumAfgesneden} actors off from the rest (a cut vertex of the netwerk's graph on the
 * peildatum, ties taken either way).
 */
public final class Net18EenActorHoudtNetwerkBijElkaar extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("NET-18", Severity.INFO, Provenance.INF, "S2:2258-2260",
            "Eén actor houdt het netwerk bij elkaar",
            "INF, gelezen uit S2:2258-2260: netwerk governance is 'het verbinden of delen van informatie, middelen,"
                    + " activiteiten en competenties van minstens drie organisaties om samen een outcome te"
                    + " bewerkstelligen'. Hangt de verbinding van een deel van het netwerk aan één actor (een snijpunt:"
                    + " valt hij weg, dan is dat deel met niemand meer verbonden), dan rust het verbinden op die ene"
                    + " actor. Gemeten op de sturingsrelaties tussen de actoren van het netwerk op de peildatum, in"
                    + " beide richtingen; gemeld wanneer het wegvallen van de actor minstens minimumAfgesneden"
                    + " (standaard 2) actoren van de rest afsnijdt, zodat een enkel lid aan de rand geen melding"
                    + " geeft. Een melding, geen fout: of dat een risico is, weet de adviseur.");

    public Net18EenActorHoudtNetwerkBijElkaar() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        Netwerkgraaf graaf = NetworkFacts.graaf(netwerk, context);
        if (graaf == null) {
            return;
        }
        int minimum = context.intParameter("minimumAfgesneden");
        List<Snijpunt> snijpunten = Snijpunt.van(graaf).stream().filter(s -> s.afgesneden() >= minimum).toList();
        for (Snijpunt s : snijpunten) {
            context.report(netwerk, ElementLabels.label(s.actor()) + " houdt " + ElementLabels.label(netwerk)
                    + " bij elkaar: valt hij weg, dan zijn " + s.afgesneden()
                    + " actoren niet meer met de rest van het netwerk verbonden",
                    "leg vast welke andere sturingsrelaties deze actoren met het netwerk verbinden");
        }
    }
}
