package nl.bondgenoot.rules.builtin.governance;

import java.util.List;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Doorzettingsmacht;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.ActorKinds;
import nl.bondgenoot.rules.builtin.DutchLists;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * GOV-12: the gemeente has doorzettingsmacht only towards the organisations it finances itself, as
 * the model's financieringsstromen say; towards the others it must persuade (S3:843-847, 2879-2884).
 */
public final class Gov12DoorzettingsmachtAlleenBijFinanciering extends AbstractRule<Sturingsrelatie> {

    private static final RuleInfo INFO = new RuleInfo("GOV-12", Severity.ERROR, Provenance.DOC,
            "S3:843-847, 2879-2884",
            "De gemeente heeft alleen doorzettingsmacht naar organisaties die zij financiert",
            "De gemeente 'heeft (ten dele) doorzettingsmacht, namelijk naar de instellingen die door haar"
                    + " gefinancierd worden, maar zij heeft dat (nog) niet naar zorginstellingen die uit de AWBZ"
                    + " gefinancierd worden'; daar 'moet zij zorgen voor een goed beleidsverhaal en hen overtuigen en"
                    + " verleiden om mee te doen' (S3:843-847); 'naar de door haar gefinancierde instellingen beschikt"
                    + " de gemeente over doorzettingsmacht. In relatie tot instellingen die zij niet financiert [...]"
                    + " heeft [zij] géén doorzettingsmacht. Zij moet deze instellingen dus overtuigen en verleiden'"
                    + " (S3:2879-2884). Wie een organisatie financiert staat in de financieringsstromen van het model,"
                    + " en het gaat om déze gemeente: de gemeente van de sturende actor (of, voor een onderdeel zonder"
                    + " 'onderdeel van', de enige gemeente van het model); geld van een andere gemeente telt niet."
                    + " De regel meldt twee dingen bij een sturingsrelatie van de gemeente naar een organisatie (of een"
                    + " netwerk met organisaties) die zij niet financiert: (1) de relatie geeft de gemeente"
                    + " doorzettingsmacht (parameter heeftWaarden; 'nauwelijks' is geen doorzettingsmacht: de casussen"
                    + " gebruiken het voor het gebruik ervan, S3:1712, 1954, 2009); (2) anders: de relatie is van een"
                    + " soort die dwingt (parameter dwingendeSoorten, standaard hiërarchisch) in plaats van overtuigen"
                    + " en verleiden. Een relatie of stroom met onbekende soort of financier geeft geen melding (INF:"
                    + " welke soorten dwingen zegt de seed niet letterlijk).");

    public Gov12DoorzettingsmachtAlleenBijFinanciering() {
        super(Sturingsrelatie.class, INFO);
    }

    @Override
    public void check(Sturingsrelatie relatie, RuleContext context) {
        Actor van = relatie.getVan();
        if (van == null || !ActorKinds.hoortBijGemeente(van)) {
            return;
        }
        boolean heeftMacht = context.enumListParameter("heeftWaarden", Doorzettingsmacht.class)
                .contains(relatie.getDoorzettingsmachtHeeft());
        boolean dwingt = context.enumListParameter("dwingendeSoorten", SturingsrelatieSoort.class)
                .contains(relatie.getSoort());
        if (!heeftMacht && !dwingt) {
            return;
        }
        Actor gemeente = Gemeenten.gemeenteVan(van);
        List<Actor> gestuurd = relatie.getNaar() instanceof Netwerk netwerk ? netwerk.getLeden()
                : relatie.getNaar() instanceof Actor actor ? List.of(actor) : List.of();
        List<String> nietGefinancierd = gestuurd.stream()
                .filter(a -> ActorKinds.isOrganisatie(a) && !ActorKinds.hoortBijGemeente(a)
                        && !Gemeenten.gefinancierdDoor(gemeente, a))
                .map(ElementLabels::label).toList();
        if (nietGefinancierd.isEmpty()) {
            return;
        }
        String wie = DutchLists.join(nietGefinancierd, "en") + (nietGefinancierd.size() == 1 ? " wordt" : " worden")
                + " niet gefinancierd door " + ElementLabels.label(gemeente) + ": daar moet zij overtuigen en verleiden";
        if (heeftMacht) {
            context.report(relatie, ElementLabels.label(relatie) + " geeft de gemeente doorzettingsmacht, maar " + wie,
                    "zet doorzettingsmacht op niet en de soort op overtuigen / verleiden, of leg de financiering vast");
        } else {
            context.report(relatie, ElementLabels.label(relatie) + " is van soort " + Labels.of(relatie.getSoort())
                    + ", maar " + wie, "zet de soort op overtuigen / verleiden, of leg de financiering vast");
        }
    }
}
