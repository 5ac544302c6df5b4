package nl.bondgenoot.rules.builtin.governance;

import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.DutchLists;
import nl.bondgenoot.rules.engine.ElementLabels;

/** GOV-11: a contract states a productspecificatie, prestatie-indicatoren and a termijn (S3:470-479). */
public final class Gov11ContractEisen extends AbstractRule<Sturingsrelatie> {

    private static final RuleInfo INFO = new RuleInfo("GOV-11", Severity.WARNING, Provenance.DOC, "S3:470-479",
            "Een contract legt productspecificatie, prestatie-indicatoren en termijn vast",
            "In een contract stelt de opdrachtgevende overheid eisen: de opdrachtnemer levert 'volgens bepaalde"
                    + " vooraf opgestelde prestatie-indicatoren en binnen een bepaalde termijn. Dit wordt vastgelegd"
                    + " in een contract' (S3:470-473). Er moet vooraf 'een duidelijke productspecificatie' zijn,"
                    + " anders 'kan er geen heldere opdracht verstrekt én aangenomen worden' (S3:475-479).");

    public Gov11ContractEisen() {
        super(Sturingsrelatie.class, INFO);
    }

    @Override
    public void check(Sturingsrelatie relatie, RuleContext context) {
        if (relatie.getSoort() != SturingsrelatieSoort.CONTRACT) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (blank(relatie.getProductspecificatie())) {
            missing.add("productspecificatie");
        }
        if (blank(relatie.getPrestatieIndicatoren())) {
            missing.add("prestatie-indicatoren");
        }
        if (blank(relatie.getTermijn())) {
            missing.add("termijn");
        }
        if (!missing.isEmpty()) {
            String wat = DutchLists.join(missing, "en");
            context.report(relatie, ElementLabels.label(relatie) + " is een contract zonder " + wat
                    + "; een contract legt productspecificatie, prestatie-indicatoren en termijn vast",
                    "vul " + wat + " in");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
