package nl.bondgenoot.rules.builtin.governance;

import nl.bondgenoot.model.Beleidscyclus;
import nl.bondgenoot.model.Beleidsfase;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** GOV-18: the evaluatie is input for the verkenning of the next cycle (S3:1174-1176). */
public final class Gov18EvaluatieVoedtVerkenning extends AbstractRule<Beleidscyclus> {

    private static final RuleInfo INFO = new RuleInfo("GOV-18", Severity.INFO, Provenance.DOC, "S3:1174-1176",
            "De evaluatie voedt de verkenning van de volgende beleidscyclus",
            "In de evaluatiefase 'wordt ook al vooruit gekeken en een koppeling gemaakt met de volgende"
                    + " beleidscyclus. Dat wil zeggen dat de evaluatie ook input is voor de verkennende fase van de"
                    + " volgende beleidscyclus' (S3:1174-1176). Een beleidscyclus met een evaluatiefase legt vast dat"
                    + " de evaluatie de volgende verkenning voedt; ook een gedateerde evaluatiefase telt, en een"
                    + " gedateerde cyclus wordt beoordeeld zolang hij op de peildatum geldt.");

    public Gov18EvaluatieVoedtVerkenning() {
        super(Beleidscyclus.class, INFO);
    }

    @Override
    public void check(Beleidscyclus cyclus, RuleContext context) {
        if (Beleidscycli.fasen(cyclus).contains(Beleidsfase.EVALUATIE) && !cyclus.isEvaluatieVoedtVerkenning()) {
            String van = cyclus.eContainer() instanceof Governancemodel model ? " van " + ElementLabels.label(model)
                    : "";
            context.report(cyclus, "De beleidscyclus" + van + " heeft een evaluatiefase, maar de evaluatie voedt de"
                    + " verkenning van de volgende cyclus niet", "leg vast dat de evaluatie de volgende verkenning voedt");
        }
    }
}
