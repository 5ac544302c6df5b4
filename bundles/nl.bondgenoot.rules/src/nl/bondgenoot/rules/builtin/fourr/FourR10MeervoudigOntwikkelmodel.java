package nl.bondgenoot.rules.builtin.fourr;

import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.Vraagstuk;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;

/**
 * 4R-10: a meervoudig vraagstuk fits the ontwikkelmodel with initiërende instellingen, the gemeente as
 * partner, and a coalitie of opdrachtnemers.
 */
public final class FourR10MeervoudigOntwikkelmodel extends VraagstukSamenspel {

    private static final RuleInfo INFO = new RuleInfo("4R-10", Severity.WARNING, Provenance.DOC,
            "S0:1122-1123, 1169-1170, 1088",
            "Meervoudig vraagstuk: ontwikkelmodel, initiërende instellingen, gemeente als partner, coalitie",
            "Bij een meervoudig vraagstuk 'is het samenspel tussen de gemeente en instelling (én burger) veelal"
                    + " gebaseerd op een ontwikkelmodel, waarbij instellingen initiërend zijn' (S0:1169-1170)."
                    + " De gemeente is dan niet de inkoper maar 'onderdeel van een samenwerkingsverband dat voor"
                    + " een meervoudige vraag een oplossing op maat zoekt' (S0:1122-1123), en er ontstaan"
                    + " 'coalities van partijen (opdrachtnemers)' (S0:1088). INF: dat de coalitie uit minstens"
                    + " twee opdrachtnemers bestaat (parameter minimumOpdrachtnemers) is onze lezing.");

    public FourR10MeervoudigOntwikkelmodel() {
        super(Vraagstuk.MEERVOUDIG, INFO);
    }

    @Override
    String fits() {
        return "een ontwikkelmodel met de gemeente als partner";
    }

    @Override
    void checkMore(Opdrachtrelatie r, RuleContext context, Deviations deviations) {
        if (!r.isGemeenteIsPartner()) {
            deviations.add("de gemeente is alleen inkoper, geen partner", "maak de gemeente partner in de uitvoering");
        }
        int minimum = context.intParameter("minimumOpdrachtnemers");
        long nemers = r.getOpdrachtnemers().stream().distinct().count();
        if (nemers < minimum) {
            deviations.add(nemers + (nemers == 1 ? " opdrachtnemer" : " opdrachtnemers") + " (verwacht een coalitie"
                    + " van minstens " + minimum + ")", "geef de opdracht aan een coalitie van partijen");
        }
    }
}
