package nl.bondgenoot.rules.builtin.fourr;

import java.util.LinkedHashSet;
import java.util.Set;

import nl.bondgenoot.model.Effect;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.Opdrachtvorm;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;

/**
 * 4R-12: an opdracht via maatschappelijk effect agrees only on the total budget and a measurable effect
 * shift. "Measurable" is recognised heuristically: a linked effect has an indicator with both a
 * nulmeting and a streefwaarde (from level 2 to level 3).
 */
public final class FourR12EffectAfspraken extends OpdrachtvormAfspraken {

    private static final RuleInfo INFO = new RuleInfo("4R-12", Severity.WARNING, Provenance.DOC, "S1:508-514",
            "Een opdracht via maatschappelijk effect legt alleen totaalbudget en een meetbaar effect vast",
            "De opdracht via maatschappelijk effect kent een 'afspraak over gewenste maatschappelijk effect"
                    + " (bijv. x mensen uit zelfredzaamheidsniveau 2 naar 3)' en een 'afspraak vooraf alleen over"
                    + " totale budget en gewenst effect' (S1 Schema 5, S1:508-514). Of het effect meetbaar is,"
                    + " herkent de regel met een heuristiek: een gekoppeld effect (via het toetsingskader of de"
                    + " opgave) heeft een indicator met nulmeting én streefwaarde. INF: dat afspraken over"
                    + " aantallen of prijzen worden gemeld, is onze lezing van 'alleen'; de lijsten staan als"
                    + " gegeven in de parameters.");

    public FourR12EffectAfspraken() {
        super(Opdrachtvorm.VIA_MAATSCHAPPELIJK_EFFECT, INFO);
    }

    @Override
    String needs() {
        return "bij een opdracht via maatschappelijk effect worden vooraf alleen het totale budget en het"
                + " gewenste effect afgesproken";
    }

    @Override
    void checkMore(Opdrachtrelatie r, String subject, RuleContext context) {
        Set<Effect> effects = new LinkedHashSet<>();
        if (r.getRekenschap() != null) {
            effects.addAll(r.getRekenschap().getToetsingskader());
        }
        Opgave opgave = FourR.opgave(r);
        if (opgave != null) {
            effects.addAll(opgave.getVolgtUit());
        }
        boolean measurable = effects.stream().flatMap(e -> e.getIndicatoren().stream())
                .anyMatch(i -> !FourR.blank(i.getNulmeting()) && !FourR.blank(i.getStreefwaarde()));
        if (!measurable) {
            context.report(r, subject + " noemt geen meetbare effectverschuiving: geen gekoppeld effect heeft een"
                    + " indicator met nulmeting en streefwaarde",
                    "koppel een effect met een indicator, nulmeting en streefwaarde (bijv. x mensen van"
                            + " zelfredzaamheidsniveau 2 naar 3)");
        }
    }
}
