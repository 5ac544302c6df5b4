package nl.bondgenoot.rules.builtin.beoordeling;

import java.util.List;

import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.Indicatoroordeel;
import nl.bondgenoot.model.Oordeel;
import nl.bondgenoot.model.instrumenten.Antwoorden;
import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;

/** BEO-2: an indicator is judged on the answers to its questions, not without them. */
public final class Beo2OordeelZonderAntwoorden extends AbstractRule<Indicatoroordeel> {

    private static final RuleInfo INFO = new RuleInfo("BEO-2", Severity.WARNING, Provenance.DOC, "S4:164-170",
            "Een indicator wordt beoordeeld op de antwoorden op haar vragen",
            "Of het project aan een indicator voldoet, komt u te weten 'door systematisch antwoord te geven op de"
                    + " bijbehorende vragen' (S4:164-170). Een oordeel (voldoende, deels, onvoldoende) over een indicator"
                    + " waarvan nog geen enkele vraag beantwoord is, rust nergens op. Welke vragen bij welke indicator"
                    + " horen, is bij de Checklist Wmo-praktijken een voorstel van Bondgenoot (INF), bij een bijgedragen"
                    + " instrument wat de bijdrager vastlegt.");

    public Beo2OordeelZonderAntwoorden() {
        super(Indicatoroordeel.class, INFO);
    }

    @Override
    public void check(Indicatoroordeel oordeel, RuleContext context) {
        if (oordeel.getOordeel() == Oordeel.ONBEKEND) {
            return;
        }
        Beoordeling beoordeling = Beoordelingen.van(oordeel);
        Instrument instrument = Beoordelingen.instrument(oordeel).orElse(null);
        if (instrument == null || instrument.indicator(oordeel.getIndicatorId()).isEmpty()) {
            return; // BEO-8
        }
        List<Instrument.Item> vragen = instrument.itemsBij(oordeel.getIndicatorId());
        if (!vragen.isEmpty() && vragen.stream().noneMatch(v -> Antwoorden.beantwoord(beoordeling, instrument, v.id()))) {
            context.report(oordeel, "Indicator " + oordeel.getIndicatorId() + " is " + Labels.of(oordeel.getOordeel())
                    + " beoordeeld zonder dat een van haar vragen is beantwoord ("
                    + String.join(", ", vragen.stream().map(Instrument.Item::id).toList()) + ")",
                    "beantwoord eerst " + vragen.get(0).id());
        }
    }
}
