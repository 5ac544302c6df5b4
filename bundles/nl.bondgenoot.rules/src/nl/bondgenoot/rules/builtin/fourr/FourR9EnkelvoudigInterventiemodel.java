package nl.bondgenoot.rules.builtin.fourr;

import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.model.Gemeentemodel;
import nl.bondgenoot.model.Instellingstrategie;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.Opdrachtvorm;
import nl.bondgenoot.model.Vraagstuk;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** 4R-9: an enkelvoudig vraagstuk fits the interventiemodel, a volgende instelling and an opdracht via bestek. */
public final class FourR9EnkelvoudigInterventiemodel extends AbstractRule<Opdrachtrelatie> {

    private static final RuleInfo INFO = new RuleInfo("4R-9", Severity.INFO, Provenance.DOC,
            "S0:1122, 1157-1158; S1:473-477",
            "Enkelvoudig vraagstuk: interventiemodel, volgende strategie, opdracht via bestek",
            "Bij een enkelvoudig vraagstuk 'wordt er een product gevraagd en de gemeente koopt dit product in"
                    + " (interventiemodel). De partij met het beste aanbod, krijgt de opdracht (volgende"
                    + " strategie)' (S0:1157-1158); de gemeente is dan inkoper (S0:1122). De opdracht via bestek"
                    + " is de 'simpelste vorm voor enkelvoudige diensten, activiteiten, producten' (S1 Schema 5,"
                    + " S1:473-477). Alleen ingevulde waarden worden beoordeeld; het verwachte profiel staat als"
                    + " gegeven in de parameters.");

    public FourR9EnkelvoudigInterventiemodel() {
        super(Opdrachtrelatie.class, INFO);
    }

    @Override
    public void check(Opdrachtrelatie r, RuleContext context) {
        if (FourR.vraagstuk(r) != Vraagstuk.ENKELVOUDIG) {
            return;
        }
        List<String> deviations = new ArrayList<>();
        List<String> repairs = new ArrayList<>();
        FourR.compare("gemeentemodel", r.getGemeentemodel(),
                ParameterLists.value(context, "gemeentemodel", Gemeentemodel.class), deviations, repairs);
        FourR.compare("instellingstrategie", r.getInstellingstrategie(),
                ParameterLists.value(context, "instellingstrategie", Instellingstrategie.class), deviations, repairs);
        FourR.compare("opdrachtvorm", r.getOpdrachtvorm(),
                ParameterLists.value(context, "opdrachtvorm", Opdrachtvorm.class), deviations, repairs);
        if (!deviations.isEmpty()) {
            context.report(r, ElementLabels.label(r) + " hoort bij een enkelvoudig vraagstuk; daarbij past"
                    + " een ander samenspel: " + String.join(", ", deviations), String.join("; ", repairs));
        }
    }
}
