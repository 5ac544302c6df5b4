package nl.bondgenoot.rules.builtin.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.ActorKinds;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * NET-12: supply that the gemeente lacks needs gemeentelijke samenwerking (Kenis' quadrants II and IV,
 * S2:2175-2217); supply spread over several gemeenten and organisations needs a
 * multiorganisatienetwerk (S2:3115-3117).
 */
public final class Net12MultiorganisatienetwerkOfGemeentelijkeSamenwerking extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("NET-12", Severity.WARNING, Provenance.DOC,
            "S2:2175-2217, 3115-3117", "Ontbrekend of verspreid aanbod vraagt gemeentelijke samenwerking",
            "Tabel 3 van Kenis (S2:2175-2217): is het zorgaanbod niet in de gemeente aanwezig, dan is"
                    + " gemeentelijke samenwerking nodig (kwadranten II en IV). 'Wanneer het gewenste aanbod verspreid"
                    + " is over meerdere gemeenten en uitvoeringsorganisaties, is een Multiorganisatienetwerk nodig'"
                    + " (S2:3115-3117). Bondgenoot ziet gemeentelijke samenwerking aan meerdere gemeenten in het"
                    + " netwerk of aan een sturingsrelatie 'gemeentelijke samenwerking' van een gemeente uit het"
                    + " netwerk; een multiorganisatienetwerk heeft daarnaast meerdere uitvoeringsorganisaties"
                    + " (maatschappelijke organisaties of marktpartijen; drempels instelbaar). Een lid van onbekende"
                    + " categorie kan een uitvoeringsorganisatie zijn en een sturingsrelatie van onbekende soort de"
                    + " samenwerking: dan wordt hun ontbreken niet gemeld.");

    public Net12MultiorganisatienetwerkOfGemeentelijkeSamenwerking() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        if (!netwerk.isAanbodOverGemeentenVerspreid() && !netwerk.isAanbodOntbreektInGemeente()) {
            return;
        }
        Set<Actor> organisaties = context.leden(netwerk).stream().map(ActorKinds::organisatieVan)
                .filter(ActorKinds::isOrganisatie).collect(Collectors.toSet());
        Set<Actor> gemeenten = organisaties.stream().filter(ActorKinds::isGemeente).collect(Collectors.toSet());
        // A relation of unknown soort may be the samenwerking, a member of unknown categorie an
        // uitvoeringsorganisatie: what is not known is not said to be missing.
        boolean samenwerking = gemeenten.size() >= context.intParameter("minimumGemeenten")
                || heeftSamenwerking(netwerk, gemeenten, SturingsrelatieSoort.GEMEENTELIJKE_SAMENWERKING, context)
                || heeftSamenwerking(netwerk, gemeenten, SturingsrelatieSoort.ONBEKEND, context);
        if (netwerk.isAanbodOverGemeentenVerspreid()) {
            long uitvoerders = organisaties.stream().filter(o -> o.getCategorie() == ActorCategorie.MARKTPARTIJ
                    || o.getCategorie() == ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE).count();
            long onbekend = context.leden(netwerk).stream().map(ActorKinds::organisatieVan).distinct()
                    .filter(a -> ActorKinds.categorie(a) == ActorCategorie.ONBEKEND).count();
            int minimum = context.intParameter("minimumUitvoeringsorganisaties");
            List<String> ontbreekt = new ArrayList<>();
            if (!samenwerking) {
                ontbreekt.add("er is geen gemeentelijke samenwerking");
            }
            if (uitvoerders + onbekend < minimum) {
                ontbreekt.add("het heeft " + uitvoerders + " uitvoeringsorganisatie(s) in plaats van minstens "
                        + minimum);
            }
            if (!ontbreekt.isEmpty()) {
                context.report(netwerk, "Het aanbod voor " + ElementLabels.label(netwerk) + " is over meerdere"
                        + " gemeenten en organisaties verspreid, maar het netwerk is geen multiorganisatienetwerk: "
                        + String.join(" en ", ontbreekt),
                        "betrek de andere gemeenten en hun uitvoeringsorganisaties bij het netwerk");
            }
        } else if (!samenwerking) {
            context.report(netwerk, "Het aanbod voor " + ElementLabels.label(netwerk) + " ontbreekt in de gemeente,"
                    + " maar er is geen gemeentelijke samenwerking vastgelegd",
                    "leg de samenwerking vast met een gemeente die het aanbod wel heeft");
        }
    }

    private static boolean heeftSamenwerking(Netwerk netwerk, Set<Actor> gemeenten, SturingsrelatieSoort soort,
            RuleContext context) {
        if (!(netwerk.eContainer() instanceof Governancemodel model)) {
            return false;
        }
        for (Sturingsrelatie s : model.getSturingsrelaties()) {
            if (s.getSoort() != soort || !context.geldt(s)) {
                continue;
            }
            boolean vanHier = s.getVan() != null && gemeenten.contains(ActorKinds.organisatieVan(s.getVan()));
            boolean naarHier = s.getNaar() == netwerk
                    || s.getNaar() instanceof Actor naar && gemeenten.contains(ActorKinds.organisatieVan(naar));
            if (vanHier || naarHier) {
                return true;
            }
        }
        return false;
    }
}
