package nl.bondgenoot.rules.builtin.fourr;

import nl.bondgenoot.model.Vraagstuk;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;

/** 4R-4: an enkelvoudig vraagstuk asks for much richting, little ruimte, a product and prestatie-rekenschap. */
public final class FourR4EnkelvoudigProfiel extends VraagstukProfiel {

    private static final RuleInfo INFO = new RuleInfo("4R-4", Severity.WARNING, Provenance.DOC,
            "S0:1105-1108, 1151-1158",
            "Enkelvoudig vraagstuk: richting hoog, ruimte laag, resultaat product, rekenschap prestatie",
            "'Als er sprake is van een enkelvoudig vraagstuk is de gemeente in staat om meer richting te geven."
                    + " Het resultaat staat daarmee redelijk vast. Er is minder ruimte voor de professional'"
                    + " (S0:1105-1108). Het voorbeeld is de inkoop van huishoudelijke hulp: de richting staat"
                    + " vooraf vast, de ruimte is een aantal uren, het resultaat een schoon huis en de rekenschap"
                    + " 'uurtje factuurtje' (S0:1151-1158). INF: de niveaus hoog en laag vertalen 'meer' en"
                    + " 'minder'; het verwachte profiel staat als gegeven in de parameters.");

    public FourR4EnkelvoudigProfiel() {
        super(Vraagstuk.ENKELVOUDIG, INFO);
    }
}
