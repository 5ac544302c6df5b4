package nl.bondgenoot.rules.builtin.fourr;

import nl.bondgenoot.model.Niveau;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * 4R-2: richting and ruimte are communicerende vaten. Which richting:ruimte pairs break that is data
 * ({@code 4R-2.verbodenCombinaties}), because the levels themselves are our inference.
 */
public final class FourR2CommunicerendeVaten extends AbstractRule<Opdrachtrelatie> {

    private static final RuleInfo INFO = new RuleInfo("4R-2", Severity.WARNING, Provenance.DOC, "S1:536-537",
            "Meer richting betekent minder ruimte",
            "De vier R's 'zijn net als communicerende vaten. Meer richting geven betekent minder ruimte voor de"
                    + " uitvoering. Minder richting geven, geeft meer ruimte voor de uitvoering' (S1:535-537)."
                    + " Een opdrachtrelatie met veel richting én veel ruimte, of weinig van allebei, is daarmee"
                    + " niet in evenwicht. INF: de niveaus hoog, middel en laag zijn onze vertaling van 'meer' en"
                    + " 'minder'; welke combinaties de regel afkeurt staat als gegeven in de parameters.");

    public FourR2CommunicerendeVaten() {
        super(Opdrachtrelatie.class, INFO);
    }

    @Override
    public void check(Opdrachtrelatie r, RuleContext context) {
        Niveau richting = FourR.richting(r);
        Niveau ruimte = FourR.ruimte(r);
        if (richting == Niveau.ONBEKEND || ruimte == Niveau.ONBEKEND) {
            return;
        }
        for (String pair : context.listParameter("verbodenCombinaties")) {
            String[] levels = pair.split(":");
            if (levels.length == 2 && levels[0].trim().equalsIgnoreCase(richting.getName())
                    && levels[1].trim().equalsIgnoreCase(ruimte.getName())) {
                boolean tooMuch = richting.getValue() >= Niveau.MIDDEL_VALUE;
                context.report(r, ElementLabels.label(r) + " combineert richting " + Labels.of(richting)
                        + " met ruimte " + Labels.of(ruimte) + "; "
                        + (tooMuch ? "meer richting betekent minder ruimte voor de uitvoering"
                                : "minder richting geeft meer ruimte voor de uitvoering"),
                        tooMuch ? "verlaag de ruimte of de richting" : "verhoog de ruimte of de richting");
                return;
            }
        }
    }
}
