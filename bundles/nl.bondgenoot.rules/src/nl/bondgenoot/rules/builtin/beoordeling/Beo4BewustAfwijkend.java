package nl.bondgenoot.rules.builtin.beoordeling;

import java.util.Optional;

import nl.bondgenoot.model.Antwoord;
import nl.bondgenoot.model.Antwoordherkomst;
import nl.bondgenoot.model.instrumenten.Voorstel;
import nl.bondgenoot.model.instrumenten.Voorstellen;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;

/** BEO-4: an answer that overrides the model's proposal and differs from it stays visible. */
public final class Beo4BewustAfwijkend extends AbstractRule<Antwoord> {

    private static final RuleInfo INFO = new RuleInfo("BEO-4", Severity.INFO, Provenance.INF, "S4:86-96",
            "Een bewust overschreven antwoord dat van het model afwijkt, blijft zichtbaar",
            "De adviseur mag een voorstel uit het model overschrijven: de respondent weet het beter, of het model"
                    + " loopt achter. Het verschil blijft zichtbaar, zodat het model kan worden bijgewerkt of het antwoord"
                    + " verantwoord. INF: zie BEO-3.");

    public Beo4BewustAfwijkend() {
        super(Antwoord.class, INFO);
    }

    @Override
    public void check(Antwoord antwoord, RuleContext context) {
        if (antwoord.getHerkomst() != Antwoordherkomst.OVERSCHREVEN || Beoordelingen.van(antwoord) == null) {
            return;
        }
        Optional<Voorstel> voorstel = Voorstellen.voor(Beoordelingen.van(antwoord), antwoord.getVraagId());
        Optional<String> tegenspraak = voorstel.flatMap(v -> Voorstellen.tegenspraak(antwoord, v));
        if (tegenspraak.isPresent()) {
            context.report(antwoord, "Antwoord op " + antwoord.getVraagId() + " (" + Beoordelingen.respondent(antwoord)
                    + ") wijkt bewust af van het model: " + tegenspraak.get() + " (voorstel uit " + voorstel.get().herkomst() + ")");
        }
    }
}
