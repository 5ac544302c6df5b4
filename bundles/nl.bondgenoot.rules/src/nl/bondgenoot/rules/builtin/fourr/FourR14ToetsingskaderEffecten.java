package nl.bondgenoot.rules.builtin.fourr;

import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** 4R-14: the rekenschap is judged against effects of the maatschappelijke agenda. */
public final class FourR14ToetsingskaderEffecten extends AbstractRule<Opdrachtrelatie> {

    private static final RuleInfo INFO = new RuleInfo("4R-14", Severity.WARNING, Provenance.DOC, "S0:1596-1600",
            "Het toetsingskader van de rekenschap verwijst naar effecten van de maatschappelijke agenda",
            "Bij de beleidsverantwoording geldt: 'de beoogde effecten vormen het toetsingskader voor de"
                    + " verantwoording' (S0:1596-1600). De rekenschap van een opdrachtrelatie noemt daarom de"
                    + " effecten van de maatschappelijke agenda waaraan zij getoetst wordt. Een opdrachtrelatie"
                    + " zonder rekenschap meldt 4R-1.");

    public FourR14ToetsingskaderEffecten() {
        super(Opdrachtrelatie.class, INFO);
    }

    @Override
    public void check(Opdrachtrelatie r, RuleContext context) {
        if (r.getRekenschap() != null && r.getRekenschap().getToetsingskader().isEmpty()) {
            context.report(r, "De rekenschap van " + ElementLabels.label(r) + " verwijst naar geen enkel effect;"
                    + " de beoogde effecten vormen het toetsingskader voor de verantwoording",
                    "neem effecten van de maatschappelijke agenda op in het toetsingskader");
        }
    }
}
