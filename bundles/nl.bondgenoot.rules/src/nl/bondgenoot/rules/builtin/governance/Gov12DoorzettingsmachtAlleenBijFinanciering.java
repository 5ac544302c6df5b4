package nl.bondgenoot.rules.builtin.governance;

import java.util.List;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Doorzettingsmacht;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.ActorKinds;
import nl.bondgenoot.rules.builtin.DutchLists;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * GOV-12: the gemeente has doorzettingsmacht only towards organisations it finances; towards others
 * it must persuade (S3:843-847, 2879-2884).
 */
public final class Gov12DoorzettingsmachtAlleenBijFinanciering extends AbstractRule<Sturingsrelatie> {

    private static final RuleInfo INFO = new RuleInfo("GOV-12", Severity.ERROR, Provenance.DOC,
            "S3:843-847, 2879-2884",
            "De gemeente heeft alleen doorzettingsmacht naar organisaties die zij financiert",
            "De gemeente 'heeft (ten dele) doorzettingsmacht, namelijk naar de instellingen die door haar"
                    + " gefinancierd worden, maar zij heeft dat (nog) niet naar zorginstellingen die uit de AWBZ"
                    + " gefinancierd worden'; daar 'moet zij zorgen voor een goed beleidsverhaal en hen overtuigen en"
                    + " verleiden om mee te doen' (S3:843-847, 2879-2884). Een sturingsrelatie van de gemeente met"
                    + " doorzettingsmacht naar een organisatie die zij niet financiert (of naar een netwerk met zulke"
                    + " organisaties) is daarom een fout.");

    public Gov12DoorzettingsmachtAlleenBijFinanciering() {
        super(Sturingsrelatie.class, INFO);
    }

    @Override
    public void check(Sturingsrelatie relatie, RuleContext context) {
        if (relatie.getVan() == null || !ActorKinds.hoortBijGemeente(relatie.getVan())
                || !context.enumListParameter("heeftWaarden", Doorzettingsmacht.class)
                        .contains(relatie.getDoorzettingsmachtHeeft())) {
            return;
        }
        List<Actor> gestuurd = relatie.getNaar() instanceof Netwerk netwerk ? netwerk.getLeden()
                : relatie.getNaar() instanceof Actor actor ? List.of(actor) : List.of();
        List<String> nietGefinancierd = gestuurd.stream()
                .filter(a -> ActorKinds.isOrganisatie(a) && !ActorKinds.hoortBijGemeente(a)
                        && !Gemeenten.gefinancierdDoorGemeente(a))
                .map(ElementLabels::label).toList();
        if (!nietGefinancierd.isEmpty()) {
            context.report(relatie, ElementLabels.label(relatie) + " geeft de gemeente doorzettingsmacht, maar "
                    + DutchLists.join(nietGefinancierd, "en") + (nietGefinancierd.size() == 1 ? " wordt" : " worden")
                    + " niet door de gemeente gefinancierd: daar moet zij overtuigen en verleiden",
                    "zet doorzettingsmacht op niet en de soort op overtuigen / verleiden");
        }
    }
}
