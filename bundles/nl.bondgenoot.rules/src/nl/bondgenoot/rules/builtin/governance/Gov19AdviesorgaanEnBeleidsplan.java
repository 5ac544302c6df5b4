package nl.bondgenoot.rules.builtin.governance;

import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Reikwijdte;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.ActorKinds;
import nl.bondgenoot.rules.builtin.DutchLists;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * GOV-19: a gemeente asks a representative body such as the Wmo-raad for advice and lays down a
 * four-yearly Wmo-beleidsplan (S3:1211-1213, 1297-1298).
 */
public final class Gov19AdviesorgaanEnBeleidsplan extends AbstractRule<Governancemodel> {

    private static final RuleInfo INFO = new RuleInfo("GOV-19", Severity.WARNING, Provenance.DOC,
            "S3:1211-1213, 1297-1298",
            "Een gemeentemodel heeft een adviesorgaan (Wmo-raad) met een adviesrelatie en een vierjaarlijks beleidsplan",
            "'De gemeente wordt geacht over het voorgenomen Wmo-beleid advies te vragen aan de vertegenwoordigende"
                    + " organisaties van burgers, zoals de Wmo-raad' (S3:1211-1213), en 'heeft wel de verplichting om"
                    + " in het vierjaarlijkse Wmo-beleidsplan haar inhoudelijke beleid vast te leggen en de burger"
                    + " daarbij inspraak te geven' (S3:1297-1298). Een model met een gemeente bevat daarom een"
                    + " vertegenwoordigend orgaan met een adviesrelatie tot de gemeente, en legt het vierjaarlijkse"
                    + " beleidsplan vast. INF: dat geldt voor een model van het Wmo-beleid van de gemeente als geheel"
                    + " (reikwijdte gemeente of regio), niet voor een model van één project. Legt het model zijn"
                    + " reikwijdte niet vast, dan zegt de regel als INFO wat er bij een gemeentemodel ontbreekt en"
                    + " vraagt om de reikwijdte.");

    public Gov19AdviesorgaanEnBeleidsplan() {
        super(Governancemodel.class, INFO);
    }

    @Override
    public void check(Governancemodel model, RuleContext context) {
        boolean onbekend = model.getReikwijdte() == Reikwijdte.ONBEKEND;
        if (Gemeenten.in(model).isEmpty() || !onbekend && !Gemeenten.isGemeentemodel(model, context)) {
            return;
        }
        List<ActorCategorie> categorieen = context.enumListParameter("adviesorganen", ActorCategorie.class);
        List<Actor> organen = model.getActoren().stream().filter(a -> categorieen.contains(ActorKinds.categorie(a)))
                .toList();
        String label = ElementLabels.label(model);
        // an actor of unknown categorie may be the adviesorgaan, a relation of unknown soort the advice: no finding on a guess
        boolean geenOrgaan = organen.isEmpty()
                && model.getActoren().stream().noneMatch(a -> ActorKinds.categorie(a) == ActorCategorie.ONBEKEND);
        boolean geenAdvies = !organen.isEmpty() && model.getSturingsrelaties().stream().filter(context::geldt)
                .noneMatch(r -> isAdvies(r, organen));
        String wie = DutchLists.join(organen.stream().map(ElementLabels::label).toList(), "en");
        if (onbekend) {
            List<String> ontbreekt = new ArrayList<>();
            if (geenOrgaan) {
                ontbreekt.add("een adviesorgaan van burgers zoals een Wmo-raad");
            }
            if (geenAdvies) {
                ontbreekt.add("een adviesrelatie van " + wie + " met de gemeente");
            }
            if (!model.isVierjaarlijksBeleidsplan()) {
                ontbreekt.add("een vierjaarlijks Wmo-beleidsplan");
            }
            if (!ontbreekt.isEmpty()) {
                context.reportIfUnknownHolds(model, label + " heeft een gemeente maar legt niet vast of het over het"
                        + " Wmo-beleid van de gemeente als geheel gaat (reikwijdte onbekend); is dat zo, dan "
                        + (ontbreekt.size() == 1 ? "ontbreekt " : "ontbreken ") + DutchLists.join(ontbreekt, "en"),
                        "leg de reikwijdte van het model vast (gemeente, regio of project)");
            }
            return;
        }
        if (geenOrgaan) {
            context.report(model, label + " heeft een gemeente maar geen adviesorgaan van burgers zoals een Wmo-raad",
                    "voeg een vertegenwoordigend orgaan (Wmo-raad) toe met een adviesrelatie tot de gemeente");
        } else if (geenAdvies) {
            context.report(organen.size() == 1 ? organen.get(0) : model,
                    label + ": " + wie + (organen.size() == 1 ? " heeft" : " hebben")
                            + " geen adviesrelatie met de gemeente; de gemeente vraagt advies over het Wmo-beleid",
                    "leg een adviesrelatie tussen de gemeente en het adviesorgaan vast");
        }
        if (!model.isVierjaarlijksBeleidsplan()) {
            context.report(model, label + " heeft een gemeente maar legt geen vierjaarlijks Wmo-beleidsplan vast",
                    "leg het vierjaarlijkse beleidsplan vast");
        }
    }

    /** An advice relation (or one of unknown soort) between the gemeente and one of the bodies, in either direction. */
    private static boolean isAdvies(Sturingsrelatie r, List<Actor> organen) {
        if (r.getSoort() != SturingsrelatieSoort.ADVIES && r.getSoort() != SturingsrelatieSoort.ONBEKEND
                || !(r.getNaar() instanceof Actor naar) || r.getVan() == null) {
            return false;
        }
        return organen.contains(r.getVan()) && ActorKinds.hoortBijGemeente(naar)
                || organen.contains(naar) && ActorKinds.hoortBijGemeente(r.getVan());
    }
}
