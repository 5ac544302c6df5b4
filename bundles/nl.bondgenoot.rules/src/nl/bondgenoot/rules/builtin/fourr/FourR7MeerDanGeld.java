package nl.bondgenoot.rules.builtin.fourr;

import java.util.List;

import nl.bondgenoot.model.KapitaalgoedSoort;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.Vraagstuk;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * 4R-7: for a meervoudig vraagstuk money is not the only kapitaalgoed. An opgave that lists none at all
 * is left to 4R-8, so one gap gives one finding.
 */
public final class FourR7MeerDanGeld extends AbstractRule<Opgave> {

    private static final RuleInfo INFO = new RuleInfo("4R-7", Severity.WARNING, Provenance.DOC, "S0:1118-1120",
            "Bij een meervoudig vraagstuk is geld niet het enige kapitaalgoed",
            "Bij complexe, meervoudige vraagstukken 'is geld niet het enige kapitaalgoed, maar krijgen andere"
                    + " middelen (expertise, kennis, capaciteit, netwerken, persoonlijke verhoudingen en tijd) ook"
                    + " expliciete waarde' (S0:1118-1120). Een meervoudige opgave die alleen geld inbrengt, mist"
                    + " dus iets. Welke soorten niet volstaan staat als gegeven in de parameters.");

    public FourR7MeerDanGeld() {
        super(Opgave.class, INFO);
    }

    @Override
    public void check(Opgave opgave, RuleContext context) {
        if (opgave.getVraagstuk() != Vraagstuk.MEERVOUDIG || opgave.getKapitaalgoederen().isEmpty()) {
            return;
        }
        List<KapitaalgoedSoort> alone = context.enumListParameter("nietVoldoendeSoorten", KapitaalgoedSoort.class);
        if (opgave.getKapitaalgoederen().stream().allMatch(k -> alone.contains(k.getSoort()))) {
            context.report(opgave, ElementLabels.label(opgave) + " is meervoudig maar brengt alleen "
                    + FourR.labels(alone) + " in; ook expertise, kennis, capaciteit, netwerken, persoonlijke"
                    + " verhoudingen en tijd hebben waarde",
                    "voeg kapitaalgoederen als expertise, kennis of capaciteit toe");
        }
    }
}
