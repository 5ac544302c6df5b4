package nl.bondgenoot.rules.builtin.fourr;

import java.util.List;

import nl.bondgenoot.model.Niveau;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** 4R-3: bij ruimte krijgen hoort rekenschap afleggen. */
public final class FourR3RekenschapBijRuimte extends AbstractRule<Opdrachtrelatie> {

    private static final RuleInfo INFO = new RuleInfo("4R-3", Severity.WARNING, Provenance.DOC,
            "S1:537-538, S0:1306-1314, S0:1620-1623",
            "Veel ruimte (of weinig richting) vraagt veel rekenschap",
            "'Minder richting geven, geeft meer ruimte voor de uitvoering, maar verlangt wel weer meer"
                    + " rekenschap' (S1:537-538). 'Bij ruimte krijgen, hoort rekenschap afleggen' (S0:1313-1314) en"
                    + " 'verantwoording is cruciaal als er meer ruimte is voor de professional' (S0:1620-1623)."
                    + " Daarom vraagt ruimte hoog of richting laag om rekenschap hoog. INF: dat de rekenschap in"
                    + " het algemeen niet lager mag zijn dan de ruimte, is onze veralgemening (parameter"
                    + " rekenschapNietOnderRuimte).");

    public FourR3RekenschapBijRuimte() {
        super(Opdrachtrelatie.class, INFO);
    }

    @Override
    public void check(Opdrachtrelatie r, RuleContext context) {
        Niveau rekenschap = FourR.rekenschap(r);
        if (rekenschap == Niveau.ONBEKEND) {
            return;
        }
        Niveau ruimte = FourR.ruimte(r);
        Niveau richting = FourR.richting(r);
        List<Niveau> vereist = context.enumListParameter("vereisteRekenschap", Niveau.class);
        String reason = null;
        if (context.enumListParameter("ruimteVraagtRekenschap", Niveau.class).contains(ruimte)) {
            reason = "ruimte " + Labels.of(ruimte);
        } else if (context.enumListParameter("richtingVraagtRekenschap", Niveau.class).contains(richting)) {
            reason = "richting " + Labels.of(richting);
        }
        if (reason != null && !vereist.isEmpty() && !vereist.contains(rekenschap)) {
            context.report(r, ElementLabels.label(r) + " heeft " + reason + " maar rekenschap "
                    + Labels.of(rekenschap) + "; bij ruimte krijgen hoort rekenschap afleggen",
                    "zet rekenschap op " + FourR.alternatives(vereist));
        } else if (reason == null && ruimte != Niveau.ONBEKEND && rekenschap.getValue() < ruimte.getValue()
                && context.booleanParameter("rekenschapNietOnderRuimte")) {
            context.report(r, ElementLabels.label(r) + " heeft rekenschap " + Labels.of(rekenschap)
                    + ", lager dan de ruimte (" + Labels.of(ruimte) + "); bij ruimte krijgen hoort rekenschap"
                    + " afleggen", "zet rekenschap op " + Labels.of(ruimte));
        }
    }
}
