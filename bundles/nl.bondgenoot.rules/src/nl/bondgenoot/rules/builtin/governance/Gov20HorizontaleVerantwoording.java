package nl.bondgenoot.rules.builtin.governance;

import java.util.List;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Betrokkene;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Orientatie;
import nl.bondgenoot.model.Reikwijdte;
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
 * GOV-20: under the Wmo the gemeente accounts for its policy to the burgers (horizontal), no longer
 * to the Rijk (S3:1279-1282, 1315-1317). A VERANTWOORDING relation runs from who accounts to whom.
 */
public final class Gov20HorizontaleVerantwoording extends AbstractRule<Governancemodel> {

    private static final RuleInfo INFO = new RuleInfo("GOV-20", Severity.INFO, Provenance.DOC,
            "S3:1279-1282, 1315-1317",
            "De gemeente legt over het Wmo-beleid horizontaal verantwoording af aan de burgers",
            "'Gemeenten zijn verplicht verantwoording af te leggen aan de burgers over het gevoerde Wmo-beleid,"
                    + " bereikte resultaten en de mate van tevredenheid van de gebruikers (horizontale"
                    + " verantwoording). De gemeente hoeft geen verantwoording meer af te leggen aan de centrale"
                    + " overheid' (S3:1279-1282, 1315-1317). Een verantwoordingsrelatie loopt van wie verantwoording"
                    + " aflegt naar wie die ontvangt; van de gemeente hoort zij naar burgers te lopen, horizontaal."
                    + " Wie als burger telt, staat in de regelparameters. INF: dat er zo'n relatie moet zijn, vragen"
                    + " we alleen van een model van het Wmo-beleid van de gemeente als geheel (reikwijdte gemeente of"
                    + " regio); een verkeerd gerichte verantwoordingsrelatie wordt in elk model gemeld. Legt het model"
                    + " zijn reikwijdte niet vast, dan zegt de regel dat de verantwoording aan de burgers ontbreekt als"
                    + " het model over het Wmo-beleid van de gemeente als geheel gaat, en vraagt om de reikwijdte.");

    public Gov20HorizontaleVerantwoording() {
        super(Governancemodel.class, INFO);
    }

    @Override
    public void check(Governancemodel model, RuleContext context) {
        if (Gemeenten.in(model).isEmpty()) {
            return;
        }
        List<ActorCategorie> burgers = context.enumListParameter("burgers", ActorCategorie.class);
        List<Sturingsrelatie> vanGemeente = model.getSturingsrelaties().stream().filter(context::geldt)
                .filter(r -> (r.getSoort() == SturingsrelatieSoort.VERANTWOORDING || r.getSoort() == SturingsrelatieSoort.ONBEKEND)
                        && r.getVan() != null
                        && r.getNaar() != null && ActorKinds.hoortBijGemeente(r.getVan()))
                .toList();
        boolean naarBurgers = false;
        for (Sturingsrelatie r : vanGemeente) {
            if (r.getNaar() instanceof Actor naar && ActorKinds.hoortBijGemeente(naar)) {
                continue; // accounting inside the gemeente (college to raad) is not what the Wmo changed
            }
            // a relation of unknown soort, or to an actor of unknown categorie, may be the verantwoording to
            // burgers: it silences the model's finding and gets none itself (no finding on a guess)
            boolean naarOnbekend = r.getNaar() instanceof Actor naar && ActorKinds.categorie(naar) == ActorCategorie.ONBEKEND;
            if (r.getSoort() == SturingsrelatieSoort.ONBEKEND || naarOnbekend) {
                naarBurgers |= naarOnbekend || isBurger(r.getNaar(), burgers);
                continue;
            }
            if (!isBurger(r.getNaar(), burgers)) {
                context.report(r, ElementLabels.label(r) + ": de gemeente legt verantwoording af aan "
                        + ElementLabels.label(r.getNaar()) + "; onder de Wmo legt zij verantwoording af aan de"
                        + " burgers, niet meer aan de centrale overheid", "richt de verantwoording op de burgers");
            } else if (r.getOrientatie() == Orientatie.VERTICAAL) {
                naarBurgers = true;
                context.report(r, ElementLabels.label(r) + " is verticaal; de verantwoording aan burgers over het"
                        + " Wmo-beleid is horizontaal", "zet de oriëntatie op horizontaal");
            } else {
                naarBurgers = true;
            }
        }
        if (!naarBurgers && model.getReikwijdte() == Reikwijdte.ONBEKEND) {
            context.reportIfUnknownHolds(model, ElementLabels.label(model) + " heeft een gemeente maar legt niet vast of"
                    + " het over het Wmo-beleid van de gemeente als geheel gaat (reikwijdte onbekend); is dat zo, dan"
                    + " ontbreekt een verantwoordingsrelatie van de gemeente naar de burgers (horizontale verantwoording)",
                    "leg de reikwijdte van het model vast (gemeente, regio of project)");
        } else if (!naarBurgers && Gemeenten.isGemeentemodel(model, context)) {
            context.report(model, ElementLabels.label(model) + " heeft geen verantwoordingsrelatie van de gemeente"
                    + " naar de burgers (horizontale verantwoording over het Wmo-beleid)",
                    "leg een horizontale verantwoordingsrelatie van de gemeente naar de burgers vast");
        }
    }

    /** A burger-kind actor, or a network with such members (e.g. the residents of a wijk). */
    private static boolean isBurger(Betrokkene naar, List<ActorCategorie> burgers) {
        if (naar instanceof Actor actor) {
            return burgers.contains(ActorKinds.categorie(actor));
        }
        return naar instanceof Netwerk netwerk && netwerk.getLeden().stream()
                .anyMatch(a -> burgers.contains(ActorKinds.categorie(a)));
    }
}
