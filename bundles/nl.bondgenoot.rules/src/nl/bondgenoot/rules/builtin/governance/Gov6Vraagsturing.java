package nl.bondgenoot.rules.builtin.governance;

import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;

/** GOV-6: vraagsturing is the gemeente as bemiddelaar, the individual burger and his ervaringskennis central (S3:754-762). */
public final class Gov6Vraagsturing extends GovernancetypeMatrixRule {

    private static final RuleInfo INFO = new RuleInfo("GOV-6", Severity.WARNING, Provenance.DOC,
            "S3:754-762; S4:737-743",
            "Vraagsturing: gemeente als bemiddelaar, de individuele burger verantwoordelijk, ervaringskennis als bron",
            "Bij vraagsturing heeft de gemeente een bemiddelende rol tussen burgers en maatschappelijke"
                    + " organisaties; 'de burger als individu heeft de verantwoordelijkheid' en 'de ervaringskennis"
                    + " van de burgers is een belangrijke bron voor beleidsvorming' (S3:754-762; S4:737-743). Er"
                    + " ontstaan samenwerkingsverbanden waarin burgers meedoen. Wat bij het type hoort staat als"
                    + " gegevens in de regelparameters.");

    public Gov6Vraagsturing() {
        super(Governancetype.VRAAGSTURING, INFO);
    }
}
