package nl.bondgenoot.rules.builtin.fourr;

import nl.bondgenoot.model.Kapitaalgoed;
import nl.bondgenoot.model.KapitaalgoedSoort;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * 4R-8: every opgave lists the kapitaalgoederen it needs, each with who brings it in. Findings about a
 * kapitaalgoed go to its opgave: a kapitaalgoed has no name of its own to show.
 */
public final class FourR8Kapitaalgoederen extends AbstractRule<Opgave> {

    private static final RuleInfo INFO = new RuleInfo("4R-8", Severity.WARNING, Provenance.DOC,
            "S0:544-550, 667-669",
            "Elke opgave noemt de kapitaalgoederen die ze nodig heeft",
            "'Breng in kaart welke kapitaalgoederen (geld, expertise, netwerk) nodig zijn per opgave'"
                    + " (S0:544-550) en 'wie levert welke bijdrage en wat moet dat opleveren? wat is ieders"
                    + " toegevoegde waarde?' (S0:667-669). Een opgave zonder kapitaalgoederen laat open waarmee"
                    + " ze wordt aangepakt. INF: dat ook per kapitaalgoed de aanbieder wordt vastgelegd, is onze"
                    + " lezing van 'wie levert welke bijdrage'.");

    public FourR8Kapitaalgoederen() {
        super(Opgave.class, INFO);
    }

    @Override
    public void check(Opgave opgave, RuleContext context) {
        if (opgave.getKapitaalgoederen().isEmpty()) {
            context.report(opgave, ElementLabels.label(opgave) + " noemt geen kapitaalgoederen; breng per opgave"
                    + " in kaart welke kapitaalgoederen (geld, expertise, netwerk ...) nodig zijn",
                    "voeg de benodigde kapitaalgoederen toe");
            return;
        }
        for (Kapitaalgoed k : opgave.getKapitaalgoederen()) {
            if (k.getAanbieder() == null) {
                context.report(opgave, ElementLabels.label(opgave) + ": kapitaalgoed " + soort(k)
                        + " heeft geen aanbieder; leg vast wie welke bijdrage levert",
                        "kies wie het kapitaalgoed " + soort(k) + " inbrengt");
            }
        }
    }

    /** "expertise", or "van onbekende soort" where the model does not say (never read as geld). */
    private static String soort(Kapitaalgoed k) {
        return k.getSoort() == KapitaalgoedSoort.ONBEKEND ? "van onbekende soort" : Labels.of(k.getSoort());
    }
}
