package nl.bondgenoot.rules.builtin.fourr;

import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.Vraagstuk;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;

/** 4R-9: an enkelvoudig vraagstuk fits the interventiemodel, a volgende instelling and an opdracht via bestek. */
public final class FourR9EnkelvoudigInterventiemodel extends VraagstukSamenspel {

    private static final RuleInfo INFO = new RuleInfo("4R-9", Severity.INFO, Provenance.DOC,
            "S0:1122, 1156-1158; S1:496",
            "Enkelvoudig vraagstuk: interventiemodel, volgende strategie, opdracht via bestek",
            "Bij een enkelvoudig vraagstuk 'wordt er een product gevraagd en de gemeente koopt dit product in"
                    + " (interventiemodel). De partij met het beste aanbod, krijgt de opdracht (volgende"
                    + " strategie)' (S0:1156-1158); de gemeente is dan inkoper (S0:1122). De opdracht via bestek"
                    + " is de 'simpelste vorm voor enkelvoudige diensten, activiteiten, producten' (S1 Schema 5,"
                    + " S1:496). Alleen ingevulde waarden worden beoordeeld; het verwachte profiel staat als"
                    + " gegeven in de parameters.");

    public FourR9EnkelvoudigInterventiemodel() {
        super(Vraagstuk.ENKELVOUDIG, INFO);
    }

    @Override
    String fits() {
        return "een ander samenspel";
    }

    @Override
    void checkMore(Opdrachtrelatie r, RuleContext context, Deviations deviations) {
        deviations.compare("opdrachtvorm", r.getOpdrachtvorm());
    }
}
