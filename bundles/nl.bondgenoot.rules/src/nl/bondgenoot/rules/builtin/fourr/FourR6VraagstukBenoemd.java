package nl.bondgenoot.rules.builtin.fourr;

import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.Vraagstuk;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** 4R-6: every opgave names its vraagstuk and aard en omvang, and gets its own 4R (an opdrachtrelatie). */
public final class FourR6VraagstukBenoemd extends AbstractRule<Opgave> {

    private static final RuleInfo INFO = new RuleInfo("4R-6", Severity.ERROR, Provenance.DOC,
            "S0:524-534, 536-554, 1151, 1184-1185",
            "Elke opgave benoemt vraagstuk en aard en omvang; de 4R worden per opgave bepaald",
            "'Duid aard en omvang van het vraagstuk: is er sprake van een enkelvoudig vraagstuk of is het"
                    + " vraagstuk complex en meervoudig' en 'bepaal per opgave / vraagstuk het samenspel tussen"
                    + " gemeente en aanbieder: ... bepaal richting, ruimte, resultaat en rekenschap'"
                    + " (S0:524-554). 'De aard en omvang van het vraagstuk bepalen dus de relatie tussen"
                    + " opdrachtgever en opdrachtnemer' (S0:1151); 'als elke opgave niet op eigen merites wordt"
                    + " beoordeeld, neemt de effectiviteit van de aanpak af' (S0:1184-1185). De 4R staan in de"
                    + " opdrachtrelatie van de opgave.");

    public FourR6VraagstukBenoemd() {
        super(Opgave.class, INFO);
    }

    @Override
    public void check(Opgave opgave, RuleContext context) {
        List<String> missing = new ArrayList<>();
        if (opgave.getVraagstuk() == Vraagstuk.ONBEKEND) {
            missing.add("het vraagstuk (enkelvoudig, ingewikkeld of meervoudig)");
        }
        if (FourR.blank(opgave.getAardEnOmvang())) {
            missing.add("aard en omvang");
        }
        if (opgave.getOpdrachtrelaties().isEmpty()) {
            missing.add("een opdrachtrelatie met de vier R's");
        }
        if (!missing.isEmpty()) {
            context.report(opgave, ElementLabels.label(opgave) + " benoemt niet: " + String.join(", ", missing)
                    + "; aard en omvang van het vraagstuk bepalen de relatie tussen opdrachtgever en opdrachtnemer",
                    "benoem " + String.join(", ", missing));
        }
    }
}
