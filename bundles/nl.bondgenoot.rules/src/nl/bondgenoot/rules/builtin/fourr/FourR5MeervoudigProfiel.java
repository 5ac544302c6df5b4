package nl.bondgenoot.rules.builtin.fourr;

import nl.bondgenoot.model.Vraagstuk;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;

/** 4R-5: a meervoudig vraagstuk asks for little richting, much ruimte, a maatschappelijk effect and much rekenschap. */
public final class FourR5MeervoudigProfiel extends VraagstukProfiel {

    private static final RuleInfo INFO = new RuleInfo("4R-5", Severity.WARNING, Provenance.DOC,
            "S0:1108-1115, 1160-1168",
            "Meervoudig vraagstuk: richting laag, ruimte hoog, resultaat maatschappelijk effect, rekenschap hoog"
                    + " of op effect",
            "'Als er sprake is van een meervoudig vraagstuk dan is de richting vaak niet meer dan de beschrijving"
                    + " van de opgave. Het beoogde resultaat is het maatschappelijk effect. Er is veel vrijheid,"
                    + " maar daarmee ook veel verantwoordelijkheid' (S0:1108-1114). Bij het multi-probleemgezin"
                    + " heeft de professional veel ruimte en 'zal moeten aantonen dat zijn interventies effectief"
                    + " en efficiënt waren' (S0:1160-1168): rekenschap hoog of rekenschap op effect. INF: de"
                    + " niveaus vertalen 'veel' en 'niet meer dan'; het verwachte profiel staat als gegeven in de"
                    + " parameters.");

    public FourR5MeervoudigProfiel() {
        super(Vraagstuk.MEERVOUDIG, INFO);
    }
}
