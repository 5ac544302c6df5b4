package nl.bondgenoot.rules.builtin.participation;

import nl.bondgenoot.model.Bondgenootschap;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** BG-1: a professioneel bondgenootschap includes the burgers concerned (S0:845-847). */
public final class Bg1BurgersInBondgenootschap extends AbstractRule<Bondgenootschap> {

    private static final RuleInfo INFO = new RuleInfo("BG-1", Severity.WARNING, Provenance.DOC, "S0:845-847",
            "Een bondgenootschap omvat burgers of een cliëntorganisatie",
            "'Zo'n bondgenootschap omvat alle betrokken partijen, inclusief de burgers over wie het gaat. Een"
                    + " professioneel bondgenootschap is een verbinding tussen professionals en burgers (zowel het"
                    + " individu als vertegenwoordigd in cliëntorganisaties)' (S0:845-847). Welke actorcategorieën"
                    + " als burger tellen is instelbaar (standaard burger en cliëntorganisatie).");

    public Bg1BurgersInBondgenootschap() {
        super(Bondgenootschap.class, INFO);
    }

    @Override
    public void check(Bondgenootschap bondgenootschap, RuleContext context) {
        if (ParticipationFacts.burgers(bondgenootschap, context).isEmpty()
                && !ParticipationFacts.heeftLidVanOnbekendeCategorie(bondgenootschap)) {
            context.report(bondgenootschap, ElementLabels.label(bondgenootschap) + " heeft geen burgers of"
                    + " cliëntorganisatie als lid; een bondgenootschap omvat ook de burgers over wie het gaat",
                    "neem burgers of een cliëntorganisatie op als lid");
        }
    }
}
