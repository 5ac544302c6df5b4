package nl.bondgenoot.rules.builtin.network;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

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
 * NET-17: the netwerkregisseur (or the leidende organisatie) is central in the netwerk it steers: it has
 * a sturingsrelatie with at least a share of the netwerk's other actors on the peildatum (degree
 * centrality, Freeman 1979). Only judged when the netwerk has ties at all: where no sturingsrelatie is
 * modelled, nothing is known about who is central.
 */
public final class Net17RegisseurCentraal extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("NET-17", Severity.WARNING, Provenance.EXT, "ProvanKenis2008",
            "De netwerkregisseur of leidende organisatie is centraal in het netwerk dat hij stuurt",
            "EXT:ProvanKenis2008. Bij een leidende organisatie en een NAO is het bestuur volgens Provan en Kenis"
                    + " (2008, aangehaald in S2:2261, 2352) sterk gecentraliseerd: één partij coördineert de"
                    + " activiteiten en beslissingen van het netwerk. Volgens de seed moet iedereen 'wel de regisseur"
                    + " vertrouwen en hem kunnen volgen in zijn beslissing' (S2:2280-2282). Een regisseur of leidende"
                    + " organisatie die met weinig leden een sturingsrelatie heeft (samenwerking, regie, subsidie,"
                    + " contract of welke soort ook, in een van beide richtingen), staat in het model aan de rand van"
                    + " het netwerk dat hij stuurt. Gemeten als graadcentraliteit (Freeman, 1979): het aandeel van de"
                    + " andere actoren van het netwerk op de peildatum waarmee hij een band heeft; de drempel"
                    + " minimumProcent (standaard 50) is instelbaar. Een netwerk zonder sturingsrelaties tussen zijn actoren wordt"
                    + " niet beoordeeld: daar is niet gemodelleerd wie centraal staat.");

    public Net17RegisseurCentraal() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        Set<Actor> sturend = new LinkedHashSet<>();
        if (netwerk.getRegisseur() != null && netwerk.getRegisseur().getActor() != null) {
            sturend.add(netwerk.getRegisseur().getActor());
        }
        if (netwerk.getLeidendeOrganisatie() != null) {
            sturend.add(netwerk.getLeidendeOrganisatie());
        }
        if (sturend.isEmpty()) {
            return;
        }
        Netwerkgraaf graaf = NetworkFacts.graaf(netwerk, context);
        if (graaf == null || graaf.actoren().size() < 3 || graaf.ongericht().edgeSet().isEmpty()) {
            return;
        }
        int anderen = graaf.actoren().size() - 1;
        double minimum = context.intParameter("minimumProcent") / 100.0;
        for (Actor actor : sturend) {
            int graad = graaf.ongericht().degreeOf(actor);
            if ((double) graad / anderen < minimum) {
                String rol = netwerk.getLeidendeOrganisatie() == actor ? "leidende organisatie" : "netwerkregisseur";
                context.report(netwerk, ElementLabels.label(actor) + " is " + rol + " van " + ElementLabels.label(netwerk)
                        + " maar heeft een sturingsrelatie met " + graad + " van de " + anderen
                        + " andere actoren van het netwerk (" + procent((double) graad / anderen) + "; centraal vanaf "
                        + procent(minimum) + ")",
                        "leg de sturingsrelaties van de " + rol + " met de leden vast");
            }
        }
    }

    private static String procent(double share) {
        return String.format(Locale.ROOT, "%d%%", Math.round(share * 100));
    }
}
