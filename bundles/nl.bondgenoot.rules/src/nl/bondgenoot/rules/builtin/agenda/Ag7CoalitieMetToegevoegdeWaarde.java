package nl.bondgenoot.rules.builtin.agenda;

import java.util.List;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Coalitielid;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * AG-7: every opgave names its coalitie and what each member adds. Findings about a member go to the
 * opgave: a coalitielid has no name of its own to show.
 */
public final class Ag7CoalitieMetToegevoegdeWaarde extends AbstractRule<Opgave> {

    private static final RuleInfo INFO = new RuleInfo("AG-7", Severity.WARNING, Provenance.DOC,
            "S0:1086-1090, 1176-1177, 1424",
            "Elke opgave noemt haar coalitie, met de toegevoegde waarde van elk lid",
            "'Afhankelijk van het vraagstuk ontstaan coalities van partijen (opdrachtnemers) ... Elk van die"
                    + " partijen heeft een (te duiden) toegevoegde waarde in relatie tot het vraagstuk'"
                    + " (S0:1086-1090). 'Per opgave is er sprake van een heldere netwerk- en krachtenveldanalyse"
                    + " zodat duidelijk wordt welke partijen per opgave de grootste toegevoegde waarde leveren'"
                    + " (S0:1176-1177); de zelfanalyse vraagt naar het 'formuleren van toegevoegde waarde'"
                    + " (S0:1424). Elke melding over een lid noemt dat lid: de actor, of bij een lid zonder (bekende)"
                    + " actor zijn plaats in de coalitie.");

    public Ag7CoalitieMetToegevoegdeWaarde() {
        super(Opgave.class, INFO);
    }

    @Override
    public void check(Opgave opgave, RuleContext context) {
        String label = ElementLabels.label(opgave);
        if (opgave.getCoalitie() == null || opgave.getCoalitie().getLeden().isEmpty()) {
            context.report(opgave, label + " noemt geen coalitie van partijen die de opgave oppakt",
                    "breng het krachtenveld in kaart en noem de coalitie met ieders toegevoegde waarde");
            return;
        }
        List<Coalitielid> leden = opgave.getCoalitie().getLeden();
        for (int i = 0; i < leden.size(); i++) {
            Coalitielid lid = leden.get(i);
            if (Words.blank(lid.getToegevoegdeWaarde())) {
                String wie = wie(lid, i);
                context.report(opgave, label + ": de toegevoegde waarde van " + wie + " in de coalitie is niet"
                        + " benoemd", "beschrijf wat " + wie + " aan de opgave toevoegt");
            }
        }
    }

    /**
     * The member by its actor; one whose actor is missing or not found (a name the agenda does not
     * define) by its place in the coalitie, so each finding says which member it is about.
     */
    private static String wie(Coalitielid lid, int index) {
        Actor actor = lid.getActor();
        if (actor == null || actor.eIsProxy()) {
            return "coalitielid " + (index + 1) + " (actor onbekend)";
        }
        return ElementLabels.label(actor);
    }
}
