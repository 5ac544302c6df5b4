package nl.bondgenoot.rules.builtin.governance;

import java.util.List;

import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.RolSoort;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** GOV-24: many partners with an active role shift the focus to "regisseren van de omgeving" (S4:550-554). */
public final class Gov24VeelActievePartners extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("GOV-24", Severity.INFO, Provenance.INF, "S4:550-554",
            "Veel partners met een actieve rol: het risico van 'regisseren van de omgeving'",
            "'Waak ervoor dat te veel partners een actieve rol in het project willen spelen. Dit kan ertoe leiden"
                    + " dat de focus niet komt te liggen op de doelgroep en de werkwijze, maar op het regisseren van"
                    + " de omgeving' (S4:550-554). INF: de bron noemt geen aantal; de drempel en welke rollen niet"
                    + " actief zijn (adviseur, belanghebbende, financier ...) zijn instelbaar in de regelparameters. Een rol"
                    + " van onbekende soort telt niet als actief.");

    public Gov24VeelActievePartners() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        int maximum = context.intParameter("maximumActievePartners");
        List<RolSoort> passief = context.enumListParameter("passieveRollen", RolSoort.class);
        // A role of unknown soort may be a passive one: it is not counted as active.
        long actief = netwerk.getRollen().stream().filter(r -> r.getActor() != null && r.getSoort() != RolSoort.ONBEKEND
                && !passief.contains(r.getSoort()))
                .map(r -> r.getActor()).distinct().count();
        if (actief > maximum) {
            context.report(netwerk, ElementLabels.label(netwerk) + " heeft " + actief + " partners met een actieve"
                    + " rol (meer dan " + maximum + "): let op dat de focus op de doelgroep en de werkwijze blijft en"
                    + " niet op het regisseren van de omgeving");
        }
    }
}
