package nl.bondgenoot.rules.builtin.governance;

import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.GemeenterolSoort;
import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.model.Kennisbron;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.DutchLists;
import nl.bondgenoot.rules.builtin.Participatieladder;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * GOV-7: frontlijnsturing without kaders and without a negotiating gemeente, while the room lies with
 * instellingen and professionals or burgers decide, may be "weinig sturing" (S3:3068-3070, 3077-3078;
 * the trigger is our reading). The gemeente's roles are read as {@link Gemeenten#sturingsrollen}: when
 * the model records none, whether the gemeente negotiates is unknown and the rule says nothing.
 */
public final class Gov7FrontlijnOfWeinigSturing extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("GOV-7", Severity.WARNING, Provenance.INF,
            "S3:3068-3070, 3077-3078",
            "Frontlijnsturing zonder kaders en zonder onderhandelende gemeente kan 'weinig sturing' zijn",
            "S3 ziet 'in geringe mate elementen van frontlijnsturing ... als er in de uitvoeringsfase veel ruimte"
                    + " is voor instellingen en professionals' (S3:3068-3070) en zegt: 'Soms is het lastig duidelijk"
                    + " vast te stellen of er sprake is van frontlijnsturing of dat het eerder om weinig sturing door"
                    + " de gemeente gaat' (S3:3077-3078). INF: de bron geeft geen toets; wij waarschuwen als een netwerk"
                    + " frontlijnsturing opgeeft terwijl de gemeente geen kaders stelt, haar sturingsrollen wel zijn"
                    + " vastgelegd maar onderhandelaar er niet bij is, en de ruimte bij instellingen en professionals"
                    + " ligt (de kennisbron is professionals, of professionals en burgers) of burgers meebeslissen of"
                    + " zichzelf besturen. Bij frontlijnsturing stelt de gemeente juist prioriteiten als bewaker van"
                    + " het algemeen belang en onderhandelt zij (S3:639-644, 740-747, 1382-1385). Zijn de rollen van"
                    + " de gemeente niet vastgelegd, dan is onbekend of zij onderhandelt: dan geen melding (net als"
                    + " GOV-5). Welke kennisbronnen en welke participatie meetellen staat in de regelparameters.");

    public Gov7FrontlijnOfWeinigSturing() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        if (netwerk.getGovernancetypen().stream().noneMatch(t -> t.getType() == Governancetype.FRONTLIJNSTURING)) {
            return;
        }
        boolean geenKaders = netwerk.getKadersGemeente() == null || netwerk.getKadersGemeente().isBlank();
        List<GemeenterolSoort> rollen = Gemeenten.sturingsrollen(netwerk);
        boolean geenOnderhandelaar = !rollen.isEmpty() && !rollen.contains(GemeenterolSoort.ONDERHANDELAAR);
        List<String> ruimte = ruimte(netwerk, context);
        if (geenKaders && geenOnderhandelaar && !ruimte.isEmpty()) {
            context.report(netwerk, ElementLabels.label(netwerk) + " heet frontlijnsturing, maar de gemeente stelt"
                    + " geen kaders en onderhandelt niet (zij is " + DutchLists.labels(rollen, "en") + ") terwijl "
                    + DutchLists.join(ruimte, "en") + ": dat kan ook weinig sturing door de gemeente zijn",
                    "beschrijf de kaders van de gemeente en haar rol als onderhandelaar");
        }
    }

    /** Where the room lies, as the message says it: with professionals (kennisbron) and burgers (participatie). */
    private static List<String> ruimte(Netwerk netwerk, RuleContext context) {
        List<String> ruimte = new ArrayList<>();
        if (context.enumListParameter("ruimteBijKennisbron", Kennisbron.class).contains(netwerk.getKennisbron())) {
            ruimte.add("de kennisbron " + Labels.of(netwerk.getKennisbron()) + " is");
        }
        Burgerparticipatie vanaf = context.enumParameter("participatieVanaf", Burgerparticipatie.class);
        if (netwerk.getParticipatie() != null && netwerk.getParticipatie().getNiveau() != Burgerparticipatie.ONBEKEND
                && !Participatieladder.onder(netwerk.getParticipatie().getNiveau(), vanaf)) {
            ruimte.add("de burgerparticipatie " + Labels.of(netwerk.getParticipatie().getNiveau()) + " is");
        }
        return ruimte;
    }
}
