package nl.bondgenoot.rules.builtin.governance;

import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.SturingsRol;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.Participatieladder;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * GOV-7: frontlijnsturing without kaders and without a negotiating gemeente, while burgers decide,
 * may be "weinig sturing" (S3:3077-3078; the trigger is our reading).
 */
public final class Gov7FrontlijnOfWeinigSturing extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("GOV-7", Severity.WARNING, Provenance.INF, "S3:3077-3078",
            "Frontlijnsturing zonder kaders en zonder onderhandelende gemeente kan 'weinig sturing' zijn",
            "'Soms is het lastig duidelijk vast te stellen of er sprake is van frontlijnsturing of dat het eerder om"
                    + " weinig sturing door de gemeente gaat' (S3:3077-3078). INF: de bron zegt alleen dat de twee"
                    + " moeilijk te onderscheiden zijn; wij waarschuwen als een netwerk frontlijnsturing opgeeft"
                    + " terwijl de gemeente geen kaders stelt, niet als onderhandelaar optreedt en burgers"
                    + " meebeslissen of zichzelf besturen. Bij frontlijnsturing stelt de gemeente juist prioriteiten"
                    + " als bewaker van het algemeen belang en onderhandelt zij (S3:740-747, 1382-1385).");

    public Gov7FrontlijnOfWeinigSturing() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        if (netwerk.getGovernancetypen().stream().noneMatch(t -> t.getType() == Governancetype.FRONTLIJNSTURING)) {
            return;
        }
        Burgerparticipatie vanaf = context.enumParameter("participatieVanaf", Burgerparticipatie.class);
        boolean geenKaders = netwerk.getKadersGemeente() == null || netwerk.getKadersGemeente().isBlank();
        boolean geenOnderhandelaar = !netwerk.getSturingsrollenGemeente().contains(SturingsRol.ONDERHANDELAAR);
        boolean burgersBeslissen = netwerk.getParticipatie() != null
                && !Participatieladder.onder(netwerk.getParticipatie().getNiveau(), vanaf);
        if (geenKaders && geenOnderhandelaar && burgersBeslissen) {
            context.report(netwerk, ElementLabels.label(netwerk) + " heet frontlijnsturing, maar de gemeente stelt"
                    + " geen kaders en onderhandelt niet terwijl de burgerparticipatie "
                    + Labels.of(netwerk.getParticipatie().getNiveau()) + " is: dat kan ook weinig sturing door de"
                    + " gemeente zijn", "beschrijf de kaders van de gemeente en haar rol als onderhandelaar");
        }
    }
}
