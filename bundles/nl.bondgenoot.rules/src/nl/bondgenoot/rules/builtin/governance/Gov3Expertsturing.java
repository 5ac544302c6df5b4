package nl.bondgenoot.rules.builtin.governance;

import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;

/** GOV-3: expertsturing is the gemeente as regelaar relying on experts, burgers at most informed (S3:710-718). */
public final class Gov3Expertsturing extends GovernancetypeMatrixRule {

    private static final RuleInfo INFO = new RuleInfo("GOV-3", Severity.WARNING, Provenance.DOC, "S3:710-718",
            "Expertsturing: gemeente als regelaar en dirigent, expertkennis als bron, burgers hooguit geïnformeerd",
            "Bij expertsturing werkt de gemeente met maatschappelijke of private partijen samen rond een specifiek"
                    + " vraagstuk; de gemeente is verantwoordelijk maar legt de verantwoordelijkheid bij de experts"
                    + " van de uitvoerende partijen en is 'regelaar en dirigent, vanuit het principe wie betaalt,"
                    + " bepaalt' (S3:710-718). De expertkennis is de kennisbron; 'de burger is nauwelijks betrokken"
                    + " en wordt hooguit geïnformeerd'. Wat bij het type hoort staat als gegevens in de"
                    + " regelparameters.");

    public Gov3Expertsturing() {
        super(Governancetype.EXPERTSTURING, INFO);
    }
}
