package nl.bondgenoot.rules.builtin.governance;

import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;

/** GOV-2: integrale beleidssturing is the gemeente alone, with its departments, advised by burgers (S3:697-707). */
public final class Gov2IntegraleBeleidssturing extends GovernancetypeMatrixRule {

    private static final RuleInfo INFO = new RuleInfo("GOV-2", Severity.WARNING, Provenance.DOC, "S3:697-707",
            "Integrale beleidssturing: de gemeente alleen, samenwerking tussen gemeentelijke afdelingen, burgers adviseren",
            "Bij integrale beleidssturing 'draagt de gemeente de verantwoordelijkheid alleen en speelt een sturende,"
                    + " regelende rol'; de samenwerking speelt zich alleen af tussen ambtenaren van de verschillende"
                    + " gemeentelijke afdelingen, en daar ligt ook de kennis (S3:697-707). Burgers zijn via"
                    + " adviesorganen zoals de Wmo-raad betrokken en adviseren. Een netwerk met dit governancetype"
                    + " wordt getoetst op scenario, sturingsrol, kennisbron, netwerktype (beleidsvorming,"
                    + " S3:658-660), participatie en leden; wat bij het type hoort staat als gegevens in de"
                    + " regelparameters.");

    public Gov2IntegraleBeleidssturing() {
        super(Governancetype.INTEGRALE_BELEIDSSTURING, INFO);
    }
}
