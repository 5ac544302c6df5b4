package nl.bondgenoot.rules.builtin.governance;

import java.util.List;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.ActorKinds;

/**
 * GOV-5: frontlijnsturing is burgers and professionals deciding with a negotiating gemeente, within
 * kaders the gemeente set beforehand, accounting to the gemeente (S3:740-751, 1382-1385).
 */
public final class Gov5Frontlijnsturing extends GovernancetypeMatrixRule {

    private static final RuleInfo INFO = new RuleInfo("GOV-5", Severity.WARNING, Provenance.DOC,
            "S3:740-751, 1382-1385, 4272-4273; S4:761-765",
            "Frontlijnsturing: gemeente als onderhandelaar, burgers en professionals beslissen mee binnen gemeentelijke kaders",
            "Bij frontlijnsturing komt het beleid in interactie tot stand: naast de regierol is de gemeente vooral"
                    + " onderhandelaar, burgers en professionals werken samen in een netwerk, de civil society staat"
                    + " centraal en de inbreng van burgers is 'meebeslissen en meewerken' (S3:740-751; S4:761-765)."
                    + " Dat kan 'binnen bepaalde (ruime) kaders die vooraf door de gemeente zijn gesteld'; burgers"
                    + " leggen dan verantwoording af aan de gemeente (S3:1382-1385). Het netwerktype is governance:"
                    + " overheid, burgers en professionals werken samen 'in een netwerk rond het ontwikkelen en"
                    + " uitvoeren van beleid' (S3:747-748), en in governance-netwerken zijn 'naast professionals van"
                    + " samenwerkende organisaties ... burgers hier ook een belangrijke partij' (S3:668-669); een"
                    + " netwerk met frontlijnsturing en een ander netwerktype krijgt een melding. Dat het netwerktype"
                    + " hierbij governance is, is onze lezing (INF): S3 noemt het bij frontlijnsturing niet met zoveel"
                    + " woorden. De sturingsrol van de gemeente (onderhandelaar, S3:639-644) toetst de regel alleen"
                    + " als het model rollen van de gemeente vastlegt: geen rollen betekent onbekend, niet 'geen rol'"
                    + " (net als bij GOV-7). Wat bij het type hoort staat als gegevens in de regelparameters.");

    public Gov5Frontlijnsturing() {
        super(Governancetype.FRONTLIJNSTURING, INFO);
    }

    @Override
    protected void checkMore(Netwerk netwerk, RuleContext context) {
        if (netwerk.getKadersGemeente() == null || netwerk.getKadersGemeente().isBlank()) {
            report(netwerk, context, "de gemeente heeft geen kaders gesteld",
                    "uitvoering binnen kaders die de gemeente vooraf stelt", "beschrijf de kaders van de gemeente");
        }
        Governancemodel model = Gemeenten.model(netwerk);
        List<ActorCategorie> burgers = context.enumListParameter("verantwoordingDoor", ActorCategorie.class);
        List<Actor> leden = context.leden(netwerk);
        if (model != null && !burgers.isEmpty() && model.getSturingsrelaties().stream().filter(context::geldt)
                .noneMatch(r -> r.getSoort() == SturingsrelatieSoort.VERANTWOORDING
                        && leden.contains(r.getVan()) && burgers.contains(ActorKinds.categorie(r.getVan()))
                        && r.getNaar() instanceof Actor naar && ActorKinds.hoortBijGemeente(naar))) {
            report(netwerk, context, "er is geen verantwoordingsrelatie van burgers in het netwerk naar de gemeente",
                    "dat burgers verantwoording afleggen aan de gemeente",
                    "leg een verantwoordingsrelatie van de burgers naar de gemeente vast");
        }
    }
}
