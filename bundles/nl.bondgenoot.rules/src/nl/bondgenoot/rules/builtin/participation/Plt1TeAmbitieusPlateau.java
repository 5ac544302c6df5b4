package nl.bondgenoot.rules.builtin.participation;

import nl.bondgenoot.model.Plateau;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;

/** PLT-1: aiming at plateau 4 from plateau 1 or 2 is too ambitious (S2:1588-1595); thresholds are data. */
public final class Plt1TeAmbitieusPlateau extends AbstractRule<Plateau> {

    private static final RuleInfo INFO = new RuleInfo("PLT-1", Severity.INFO, Provenance.DOC, "S2:1588-1595",
            "Van plateau 1 of 2 naar plateau 4 is te ambitieus",
            "'Wanneer een organisatie bijvoorbeeld nog sterk in een procedure- en afdelingsgerichte fase zit"
                    + " (plateau 1 of 2), dan is het realiseren van een integrale dienstverleningsarchitectuur op"
                    + " ketenniveau (plateau 4) te ambitieus' (S2:1588-1595). Bepaal eerst waar de organisatie nu"
                    + " staat en kies dan een realistische ambitie met een ontwikkelpad. Een ambitie boven plateau 4"
                    + " geldt als nog ambitieuzer; de grenzen zijn instelbaar.");

    public Plt1TeAmbitieusPlateau() {
        super(Plateau.class, INFO);
    }

    @Override
    public void check(Plateau plateau, RuleContext context) {
        int huidigTotEnMet = context.intParameter("huidigTotEnMet");
        int ambitieVanaf = context.intParameter("ambitieVanaf");
        // huidig 0 means: not filled in
        if (plateau.getHuidig() >= 1 && plateau.getHuidig() <= huidigTotEnMet && plateau.getAmbitie() >= ambitieVanaf) {
            context.report(plateau, "Plateau voor " + Labels.of(plateau.getGebied()) + ": ambitie plateau "
                    + plateau.getAmbitie() + " vanaf het huidige plateau " + plateau.getHuidig()
                    + " is te ambitieus", "kies een realistische tussenstap als ambitie");
        }
    }
}
