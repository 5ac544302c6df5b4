package nl.bondgenoot.rules.builtin.governance;

import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;

/** GOV-4: netwerk- en ketensturing is the gemeente as regisseur of a service network of professionals (S3:721-731). */
public final class Gov4NetwerkKetensturing extends GovernancetypeMatrixRule {

    private static final RuleInfo INFO = new RuleInfo("GOV-4", Severity.WARNING, Provenance.DOC,
            "S3:721-731; S4:713-719",
            "Netwerk- en ketensturing: gemeente als regisseur van een dienstverleningsnetwerk, burgers geraadpleegd",
            "Bij netwerk- en ketensturing heeft de gemeente de verantwoordelijkheid en stuurt zij 'als regisseur'"
                    + " het netwerk van dienstverlenende organisaties aan; de kennis van de professionals van de"
                    + " uitvoerende instellingen is de basis van het beleid en burgers worden via inspraakorganen"
                    + " geraadpleegd (S3:721-731). Het netwerktype is dienstverlening: 'netwerken van dienstverlening"
                    + " en beleidsuitvoering' (S3:723-724). De Checklist noemt de rol van de gemeente hier 'regelaar'"
                    + " (S4:713-719); beide rollen gelden daarom als passend. Wat bij het type hoort staat als"
                    + " gegevens in de regelparameters.");

    public Gov4NetwerkKetensturing() {
        super(Governancetype.NETWERK_KETENSTURING, INFO);
    }
}
