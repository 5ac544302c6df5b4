package nl.bondgenoot.rules.builtin.fourr;

import nl.bondgenoot.model.Opdrachtvorm;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;

/** 4R-11: an opdracht via bestek agrees beforehand on aantallen, prijzen and kwaliteit. */
public final class FourR11BestekAfspraken extends OpdrachtvormAfspraken {

    private static final RuleInfo INFO = new RuleInfo("4R-11", Severity.WARNING, Provenance.DOC, "S1:496-506",
            "Een opdracht via bestek legt aantallen, prijzen en kwaliteit vast",
            "De opdracht via bestek is de 'simpelste vorm voor enkelvoudige diensten, activiteiten, producten'"
                    + " met 'afspraken vooraf over aantallen, prijzen, kwaliteit'; het geeft 'duidelijkheid vooraf"
                    + " voor opdrachtgever' en 'verantwoording over geleverde prestaties' (S1 Schema 5,"
                    + " S1:496-506). Welke afspraken vereist zijn staat als gegeven in de parameters.");

    public FourR11BestekAfspraken() {
        super(Opdrachtvorm.VIA_BESTEK, INFO);
    }

    @Override
    String needs() {
        return "bij een bestek horen afspraken vooraf over aantallen, prijzen en kwaliteit";
    }
}
