package nl.bondgenoot.rules.builtin.fourr;

import nl.bondgenoot.model.Opdrachtvorm;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;

/** 4R-13: a tussenvorm such as an ontwikkelteam agrees on budget and resultaat, not on the route. */
public final class FourR13TussenvormAfspraken extends OpdrachtvormAfspraken {

    private static final RuleInfo INFO = new RuleInfo("4R-13", Severity.INFO, Provenance.DOC, "S1:518-524",
            "Een tussenvorm (ontwikkelteam) legt budget en resultaat vast, niet de weg ernaartoe",
            "Tussen bestek en maatschappelijk effect 'zijn allerlei tussenvormen denkbaar', bijvoorbeeld een"
                    + " 'ontwikkelteam waarbij wel afspraak over budget en resultaat, maar niet over de weg er naar"
                    + " toe', of gecombineerde contracten (S1 Schema 5, S1:518-524). Omdat er meer tussenvormen"
                    + " zijn, is dit een info-melding; welke afspraken verwacht en welke ongepast zijn staat als"
                    + " gegeven in de parameters.");

    public FourR13TussenvormAfspraken() {
        super(Opdrachtvorm.TUSSENVORM, INFO);
    }

    @Override
    String needs() {
        return "een ontwikkelteam spreekt budget en resultaat af, maar niet de weg ernaartoe";
    }
}
