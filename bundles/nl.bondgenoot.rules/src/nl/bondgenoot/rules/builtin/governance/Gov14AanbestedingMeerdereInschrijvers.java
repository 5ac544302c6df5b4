package nl.bondgenoot.rules.builtin.governance;

import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** GOV-14: in an aanbesteding several organisations make an offer (S3:515). */
public final class Gov14AanbestedingMeerdereInschrijvers extends AbstractRule<Sturingsrelatie> {

    private static final RuleInfo INFO = new RuleInfo("GOV-14", Severity.ERROR, Provenance.DOC, "S3:515",
            "Een aanbesteding heeft minstens twee inschrijvers",
            "'In geval van een aanbesteding zijn er meerdere organisaties die een offerte indienen' (S3:515). Met"
                    + " één inschrijver is er geen concurrentie en dus geen aanbesteding, maar een onderhandse"
                    + " opdracht. Het minimum staat als gegeven in de regelparameters.");

    public Gov14AanbestedingMeerdereInschrijvers() {
        super(Sturingsrelatie.class, INFO);
    }

    @Override
    public void check(Sturingsrelatie relatie, RuleContext context) {
        if (relatie.getSoort() != SturingsrelatieSoort.AANBESTEDING) {
            return;
        }
        int minimum = context.intParameter("minimumInschrijvers");
        long count = relatie.getInschrijvers().stream().distinct().count();
        if (count < minimum) {
            context.report(relatie, ElementLabels.label(relatie) + " is een aanbesteding met " + count
                    + (count == 1 ? " inschrijver" : " inschrijvers") + "; bij een aanbesteding dienen minstens "
                    + minimum + " organisaties een offerte in", "voeg de inschrijvers toe");
        }
    }
}
