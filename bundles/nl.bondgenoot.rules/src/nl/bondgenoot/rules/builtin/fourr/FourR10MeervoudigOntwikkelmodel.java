package nl.bondgenoot.rules.builtin.fourr;

import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.model.Gemeentemodel;
import nl.bondgenoot.model.Instellingstrategie;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.Vraagstuk;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * 4R-10: a meervoudig vraagstuk fits the ontwikkelmodel with initiërende instellingen, the gemeente as
 * partner, and a coalitie of opdrachtnemers.
 */
public final class FourR10MeervoudigOntwikkelmodel extends AbstractRule<Opdrachtrelatie> {

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
        super(Opdrachtrelatie.class, INFO);
    }

    @Override
    public void check(Opdrachtrelatie r, RuleContext context) {
        if (FourR.vraagstuk(r) != Vraagstuk.MEERVOUDIG) {
            return;
        }
        List<String> deviations = new ArrayList<>();
        List<String> repairs = new ArrayList<>();
        FourR.compare("gemeentemodel", r.getGemeentemodel(),
                ParameterLists.value(context, "gemeentemodel", Gemeentemodel.class), deviations, repairs);
        FourR.compare("instellingstrategie", r.getInstellingstrategie(),
                ParameterLists.value(context, "instellingstrategie", Instellingstrategie.class), deviations, repairs);
        if (!r.isGemeenteIsPartner()) {
            deviations.add("de gemeente is alleen inkoper, geen partner");
            repairs.add("maak de gemeente partner in de uitvoering");
        }
        int minimum = context.intParameter("minimumOpdrachtnemers");
        long nemers = r.getOpdrachtnemers().stream().distinct().count();
        if (nemers < minimum) {
            deviations.add(nemers + (nemers == 1 ? " opdrachtnemer" : " opdrachtnemers") + " (verwacht een coalitie"
                    + " van minstens " + minimum + ")");
            repairs.add("geef de opdracht aan een coalitie van partijen");
        }
        if (!deviations.isEmpty()) {
            context.report(r, ElementLabels.label(r) + " hoort bij een meervoudig vraagstuk; daarbij past een"
                    + " ontwikkelmodel met de gemeente als partner: " + String.join(", ", deviations),
                    String.join("; ", repairs));
        }
    }
}
