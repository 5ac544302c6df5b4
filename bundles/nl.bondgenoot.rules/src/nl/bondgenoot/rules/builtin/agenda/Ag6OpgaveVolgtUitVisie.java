package nl.bondgenoot.rules.builtin.agenda;

import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** AG-6: every opgave follows from the visie, through an effect of the maatschappelijke agenda. */
public final class Ag6OpgaveVolgtUitVisie extends AbstractRule<Opgave> {

    private static final RuleInfo INFO = new RuleInfo("AG-6", Severity.WARNING, Provenance.INF,
            "S0:412-415, 1422",
            "Elke opgave volgt uit de visie: zij verwijst naar een effect van de maatschappelijke agenda",
            "De veranderagenda is 'een nadere uitwerking van de maatschappelijke agenda ... de operationalisering"
                    + " van de visie in concrete en hanteerbare opgaven' (S0:412-415); de zelfanalyse vraagt of"
                    + " 'de opgaven, die volgen uit de visie' zijn benoemd (S0:1422). INF: dat elke opgave dat"
                    + " zichtbaar maakt door naar een effect van de maatschappelijke agenda te verwijzen, is onze"
                    + " lezing.");

    public Ag6OpgaveVolgtUitVisie() {
        super(Opgave.class, INFO);
    }

    @Override
    public void check(Opgave opgave, RuleContext context) {
        if (opgave.getVolgtUit().isEmpty()) {
            context.report(opgave, ElementLabels.label(opgave) + " volgt uit geen enkel effect van de"
                    + " maatschappelijke agenda; opgaven operationaliseren de visie",
                    "geef aan uit welk effect van de maatschappelijke agenda de opgave volgt");
        }
    }
}
