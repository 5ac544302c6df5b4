package nl.bondgenoot.rules.builtin.beoordeling;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.Kenmerkscore;
import nl.bondgenoot.model.Plateaukeuze;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;

/** BEO-6: a score lies on the scale, a chosen plateau is one of the plateaus; 0 means not given. */
public final class Beo6WaardeBuitenSchaal extends AbstractRule<EObject> {

    private static final RuleInfo INFO = new RuleInfo("BEO-6", Severity.ERROR, Provenance.INF, "S0:1442; S2:1442-1595",
            "Een score ligt op de schaal en een plateau is een van de plateaus",
            "De zelfanalyse scoort elk kenmerk (S0:1442), maar de schaal ging met Figuur 11 verloren: Bondgenoot scoort"
                    + " van 1 (zwak) tot en met 5 (sterk) (INF, instelbaar). De plateaus van K2 lopen van 1"
                    + " (activiteitgericht) tot en met 5 (samenlevinggericht) (S2:1442-1595). Een waarde daarbuiten is een"
                    + " vergissing en vertekent het webdiagram; 0 betekent: niet gegeven.");

    public Beo6WaardeBuitenSchaal() {
        super(EObject.class, INFO);
    }

    @Override
    public void check(EObject element, RuleContext context) {
        if (element instanceof Kenmerkscore score) {
            int laagste = context.intParameter("laagsteScore");
            int hoogste = context.intParameter("hoogsteScore");
            if (score.getScore() != 0 && (score.getScore() < laagste || score.getScore() > hoogste)) {
                context.report(score, "Score " + score.getScore() + " voor kenmerk " + score.getKenmerkId()
                        + (score.getPartij() != null ? " (" + score.getPartij().getNaam() + ")" : " (alle partijen samen)")
                        + " ligt buiten de schaal " + laagste + "-" + hoogste, "kies een score van " + laagste + " tot en met " + hoogste);
            }
        } else if (element instanceof Plateaukeuze keuze) {
            int laagste = context.intParameter("laagstePlateau");
            int hoogste = context.intParameter("hoogstePlateau");
            check(keuze, "huidige plateau", keuze.getHuidig(), laagste, hoogste, context);
            check(keuze, "ambitie", keuze.getAmbitie(), laagste, hoogste, context);
        }
    }

    private static void check(Plateaukeuze keuze, String wat, int waarde, int laagste, int hoogste, RuleContext context) {
        if (waarde != 0 && (waarde < laagste || waarde > hoogste)) {
            context.report(keuze, "Ambitie " + keuze.getAmbitieId() + ": " + wat + " " + waarde + " is geen plateau (" + laagste
                    + "-" + hoogste + ")", "kies een plateau van " + laagste + " tot en met " + hoogste);
        }
    }
}
