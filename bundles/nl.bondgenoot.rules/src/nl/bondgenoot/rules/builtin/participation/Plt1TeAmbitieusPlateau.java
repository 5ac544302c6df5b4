package nl.bondgenoot.rules.builtin.participation;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.Plateau;
import nl.bondgenoot.model.Plateaukeuze;
import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.instrumenten.Instrumenten;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;

/**
 * PLT-1: aiming at plateau 4 from plateau 1 or 2 is too ambitious (S2:1588-1595); thresholds are data. Judges
 * a model's {@link Plateau} per organisatiegebied and the plateau chosen per ambition item of an ambition
 * table ({@link Plateaukeuze} in a {@code .beoordeling}).
 */
public final class Plt1TeAmbitieusPlateau extends AbstractRule<EObject> {

    private static final RuleInfo INFO = new RuleInfo("PLT-1", Severity.INFO, Provenance.DOC, "S2:1588-1595",
            "Van plateau 1 of 2 naar plateau 4 is te ambitieus",
            "'Wanneer een organisatie bijvoorbeeld nog sterk in een procedure- en afdelingsgerichte fase zit"
                    + " (plateau 1 of 2), dan is het realiseren van een integrale dienstverleningsarchitectuur op"
                    + " ketenniveau (plateau 4) te ambitieus' (S2:1588-1595). Bepaal eerst waar de organisatie nu"
                    + " staat en kies dan een realistische ambitie met een ontwikkelpad. Een ambitie boven plateau 4"
                    + " geldt als nog ambitieuzer; de grenzen zijn instelbaar. De regel toetst de plateaus van het model"
                    + " per organisatiegebied en het plateau dat per ambitie van een ambitietabel (S2 Tabel 5 en 9) is gekozen.");

    public Plt1TeAmbitieusPlateau() {
        super(EObject.class, INFO);
    }

    @Override
    public void check(EObject element, RuleContext context) {
        if (element instanceof Plateau plateau) {
            if (teAmbitieus(plateau.getHuidig(), plateau.getAmbitie(), context)) {
                context.report(plateau, "Plateau voor " + Labels.of(plateau.getGebied()) + ": ambitie plateau "
                        + plateau.getAmbitie() + " vanaf het huidige plateau " + plateau.getHuidig()
                        + " is te ambitieus", "kies een realistische tussenstap als ambitie");
            }
        } else if (element instanceof Plateaukeuze keuze && teAmbitieus(keuze.getHuidig(), keuze.getAmbitie(), context)) {
            context.report(keuze, "Ambitie " + keuze.getAmbitieId() + gebied(keuze) + ": ambitie plateau " + keuze.getAmbitie()
                    + " vanaf het huidige plateau " + keuze.getHuidig() + " is te ambitieus",
                    "kies een realistische tussenstap als ambitie");
        }
    }

    private static boolean teAmbitieus(int huidig, int ambitie, RuleContext context) {
        // huidig 0 means: not filled in
        return huidig >= 1 && huidig <= context.intParameter("huidigTotEnMet") && ambitie >= context.intParameter("ambitieVanaf");
    }

    /** " (processen en structuren)": the item's organisatiegebied, as the instrument names it. */
    private static String gebied(Plateaukeuze keuze) {
        if (!(keuze.eContainer() instanceof Beoordeling b) || b.getInstrumentId() == null) {
            return "";
        }
        return Instrumenten.find(b.getInstrumentId()).flatMap(i -> i.item(keuze.getAmbitieId() == null ? "" : keuze.getAmbitieId())
                .flatMap(item -> i.onderdeel(item.onderdeelId()))).map(Instrument.Onderdeel::naam).map(n -> " (" + n + ")").orElse("");
    }
}
