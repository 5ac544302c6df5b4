package nl.bondgenoot.rules.builtin.beoordeling;

import java.util.List;

import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.instrumenten.Antwoorden;
import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;

/** BEO-1: the required items of an assessment are answered, per onderdeel (any instrument, shipped or contributed). */
public final class Beo1OnbeantwoordeVragen extends AbstractRule<Beoordeling> {

    private static final RuleInfo INFO = new RuleInfo("BEO-1", Severity.WARNING, Provenance.DOC, "S4:164-170",
            "De verplichte vragen van een beoordeling zijn beantwoord",
            "'Voldoet het project aan deze criteria? Hier komt u achter door systematisch antwoord te geven op de"
                    + " bijbehorende vragen' (S4:164-170). De regel noemt per onderdeel (sectie, gebied) de verplichte"
                    + " vragen, kenmerken of ambities zonder antwoord. Welke verplicht zijn, zegt de instrumentdata (kolom"
                    + " 'verplicht'; bij de meegeleverde instrumenten alle); een beoordeling die alleen enkele secties"
                    + " doorloopt, wordt alleen daarop getoetst (S4:62-66). Een vraag telt als beantwoord met een status"
                    + " anders dan onbekend (ook 'niet van toepassing'), of bij een open vraag met een toelichting of een"
                    + " ingevuld deel; een kenmerk met een score, een ambitie met een gekozen plateau. Dat is onze lezing (INF).");

    public Beo1OnbeantwoordeVragen() {
        super(Beoordeling.class, INFO);
    }

    /** "vraag is" / "vragen zijn", "kenmerken zijn", "ambities zijn": what the instrument's items are. */
    private static String woord(Instrument instrument, int aantal) {
        String[] woorden = switch (instrument.soort()) {
            case CHECKLIST -> new String[] { "vraag", "vragen" };
            case SCORES -> new String[] { "kenmerk", "kenmerken" };
            case PLATEAUS -> new String[] { "ambitie", "ambities" };
        };
        return aantal == 1 ? woorden[0] + " is" : woorden[1] + " zijn";
    }

    @Override
    public void check(Beoordeling beoordeling, RuleContext context) {
        Instrument instrument = Beoordelingen.instrument(beoordeling).orElse(null);
        if (instrument == null) {
            return;
        }
        List<Instrument.Item> vereist = Antwoorden.vereist(beoordeling, instrument);
        for (Instrument.Onderdeel onderdeel : instrument.onderdelen()) {
            List<Instrument.Item> hier = vereist.stream().filter(i -> i.onderdeelId().equals(onderdeel.id())).toList();
            List<String> open = hier.stream().filter(i -> !Antwoorden.beantwoord(beoordeling, instrument, i.id()))
                    .map(Instrument.Item::id).toList();
            if (!open.isEmpty()) {
                context.report(beoordeling, instrument.naam() + ", " + onderdeel.naam() + ": " + open.size() + " van " + hier.size()
                        + " verplichte " + woord(instrument, hier.size()) + " niet beantwoord: " + String.join(", ", open),
                        "beantwoord " + open.get(0));
            }
        }
    }
}
