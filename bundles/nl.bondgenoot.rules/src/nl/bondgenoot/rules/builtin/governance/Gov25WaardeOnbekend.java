package nl.bondgenoot.rules.builtin.governance;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.model.Governancetypering;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Rol;
import nl.bondgenoot.model.RolSoort;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.model.soorten.ActorSoort;
import nl.bondgenoot.model.soorten.ActorSoortId;
import nl.bondgenoot.model.soorten.ActorSoorten;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.ActorKinds;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * GOV-25: a value the seeds expect and the rules read is recorded, not left onbekend. The rules
 * build no finding on an unknown value (an actor of unknown categorie is no organisation for NET-1,
 * a typering of unknown type no governancetype); this rule says where the model is silent instead.
 */
public final class Gov25WaardeOnbekend extends AbstractRule<EObject> {

    private static final RuleInfo INFO = new RuleInfo("GOV-25", Severity.INFO, Provenance.INF,
            "S3:397-521, 574-575, 601-772; S2:2007; S1:558-575",
            "De categorie en de actorsoort van een actor, de soort van een sturingsrelatie en van een rol en het"
                    + " type van een governancetypering zijn vastgelegd",
            "De bronnen delen actoren in naar hun soort: overheid, maatschappelijke organisatie, marktpartij,"
                    + " professional, burger (S3:574-575, S2:2007); ze noemen elke sturingsrelatie naar haar"
                    + " instrument (S3:397-521), elk governancemodel naar een van de vijf typen (S3:601-772) en de rollen"
                    + " van partijen naar hun soort (S1:558-575). De regels lezen die waarden; waar er een onbekend is,"
                    + " bouwen ze er geen bevinding op (een actor van onbekende categorie telt niet als organisatie"
                    + " voor NET-1, een typering van onbekend type niet als governancetype). Deze regel vraagt om de"
                    + " ontbrekende waarde, zodat die regels kunnen oordelen. De regels herkennen de gemeente (en een"
                    + " centrumgemeente of gemeenschappelijke regeling) aan haar actorsoort, niet aan de naam of aan"
                    + " vrije tekst: een actor waarvan de soort geen bekende actorsoort is (bijvoorbeeld 'Gemeente' of"
                    + " 'gemeente Venlo'), telt voor NET-3, NET-4, NET-12, GOV-2..6, GOV-12, GOV-19 en GOV-20 niet als gemeente;"
                    + " deze regel vraagt dan de actorsoort te kiezen, bij een overheid of een actor zonder categorie"
                    + " (bij een andere categorie leest geen regel de soort om de gemeente te herkennen). INF: de bronnen vragen niet zelf om"
                    + " deze waarden; de regel volgt uit hun indelingen, die de regels lezen.");

    public Gov25WaardeOnbekend() {
        super(EObject.class, INFO);
    }

    @Override
    public void check(EObject element, RuleContext context) {
        if (element instanceof Actor actor) {
            check(actor, context);
        } else if (element instanceof Sturingsrelatie relatie && relatie.getSoort() == SturingsrelatieSoort.ONBEKEND) {
            context.report(relatie, ElementLabels.label(relatie) + " heeft geen soort; de regels over sturingsinstrumenten"
                    + " kunnen er niet over oordelen", "kies het instrument (subsidie, contract, convenant, ...)");
        } else if (element instanceof Rol rol && rol.getSoort() == RolSoort.ONBEKEND) {
            context.report(rol, ElementLabels.label(rol) + " heeft geen soort; de regels over rollen kunnen er niet over"
                    + " oordelen", "kies de soort rol (dienstverlener, regisseur, financier, ...) of 'anders'");
        } else if (element instanceof Governancetypering typering && typering.getType() == Governancetype.ONBEKEND
                && typering.eContainer() instanceof Netwerk netwerk) {
            context.report(typering, ElementLabels.label(netwerk) + " heeft een governancetypering zonder type; die telt"
                    + " niet mee voor de governanceregels", "kies het governancetype van de typering");
        }
    }

    /**
     * The categorieën for which the kind decides what the rules see: whether an overheid is the
     * gemeente or a part of it, and which categorie an actor without one has.
     */
    private static final java.util.Set<ActorCategorie> SOORT_BEPAALT = java.util.EnumSet.of(ActorCategorie.OVERHEID,
            ActorCategorie.ONBEKEND);

    private static void check(Actor actor, RuleContext context) {
        if (ActorKinds.categorie(actor) == ActorCategorie.ONBEKEND) {
            context.report(actor, ElementLabels.label(actor) + " heeft geen categorie; de regels tellen de actor"
                    + " daarom nergens mee (ook niet als organisatie voor NET-1)",
                    "kies de categorie van de actor (overheid, maatschappelijke organisatie, marktpartij, ...)");
        }
        ActorSoortId soort = actor.getSoort();
        if (soort != null && !soort.isBekend() && SOORT_BEPAALT.contains(ActorKinds.categorie(actor))) {
            ActorSoort bedoeld = ActorSoorten.named(soort.id());
            context.report(actor, ElementLabels.label(actor) + " heeft soort '" + soort.id() + "', en dat is geen bekende"
                    + " actorsoort; de regels herkennen de actor daarom niet als gemeente of als een andere soort",
                    bedoeld == null ? "kies een actorsoort (gemeente, centrumgemeente, gemeenschappelijke regeling,"
                            + " welzijn, ...) of laat de soort leeg"
                            : "kies de actorsoort '" + bedoeld.label() + "' (id '" + bedoeld.id() + "')");
        }
    }
}
