package nl.bondgenoot.rules.builtin.governance;

import java.util.Collections;
import java.util.List;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Orgaan;
import nl.bondgenoot.model.OrgaanSoort;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** GOV-22: each werkgroep has someone from the stuurgroep, so the stuurgroep stays informed (S4:796-798). */
public final class Gov22WerkgroepMetStuurgroeplid extends AbstractRule<Orgaan> {

    private static final RuleInfo INFO = new RuleInfo("GOV-22", Severity.INFO, Provenance.INF, "S4:796-798",
            "Elke werkgroep heeft een lid dat ook in de stuurgroep zit",
            "Bij Kantelen doe je samen! werken vier werkgroepen elk aan een eigen onderwerp: 'In elke werkgroep zit"
                    + " iemand van de stuurgroep en op deze manier wordt de stuurgroep geïnformeerd' (S4:796-798)."
                    + " INF: de bron geeft dit als voorbeeld en tip; wij veralgemenen het tot alle werkgroepen van een"
                    + " netwerk met een stuurgroep.");

    public Gov22WerkgroepMetStuurgroeplid() {
        super(Orgaan.class, INFO);
    }

    @Override
    public void check(Orgaan werkgroep, RuleContext context) {
        if (werkgroep.getSoort() != OrgaanSoort.WERKGROEP || !(werkgroep.eContainer() instanceof Netwerk netwerk)) {
            return;
        }
        List<Actor> stuurgroepleden = netwerk.getOrganen().stream().filter(o -> o.getSoort() == OrgaanSoort.STUURGROEP)
                .flatMap(o -> o.getLeden().stream()).toList();
        // An orgaan of unknown soort may be (another) stuurgroep: a shared member there is no finding on a guess.
        List<Actor> ledenVanOnbekendOrgaan = netwerk.getOrganen().stream().filter(o -> o.getSoort() == OrgaanSoort.ONBEKEND)
                .flatMap(o -> o.getLeden().stream()).toList();
        if (!stuurgroepleden.isEmpty() && Collections.disjoint(stuurgroepleden, werkgroep.getLeden())
                && Collections.disjoint(ledenVanOnbekendOrgaan, werkgroep.getLeden())) {
            context.report(werkgroep, ElementLabels.label(werkgroep) + " in " + ElementLabels.label(netwerk)
                    + " heeft geen lid dat ook in de stuurgroep zit; zo blijft de stuurgroep niet geïnformeerd",
                    "neem iemand van de stuurgroep op in de werkgroep");
        }
    }
}
