package nl.bondgenoot.rules.builtin.beoordeling;

import java.util.List;

import nl.bondgenoot.model.Indicatoroordeel;
import nl.bondgenoot.model.Oordeel;
import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;

/** BEO-7: an indicator judged below VOLDOENDE needs "extra aandacht"; the finding points to the guidance. */
public final class Beo7ExtraAandacht extends AbstractRule<Indicatoroordeel> {

    private static final RuleInfo INFO = new RuleInfo("BEO-7", Severity.INFO, Provenance.DOC, "S4:164-181",
            "Een indicator onder voldoende behoeft extra aandacht",
            "'Hierna weet u welke onderwerpen binnen de aanpak extra aandacht behoeven. Behoeft een onderwerp extra"
                    + " aandacht of wilt u ideeën opdoen? Kijk dan in hoofdstuk 4, 5, 6 en 7 ... Hierin treft u per onderdeel"
                    + " aandachtspunten aan, en mogelijkheden en concrete voorbeelden van hoe u dit onderdeel vorm kunt"
                    + " geven. De vragen van de checklist vormen hiervoor het uitgangspunt' (S4:164-181). De melding noemt de"
                    + " vragen van de indicator met de regels van hun aandachtspunten; het formulier en de publicatie tonen"
                    + " die tekst. Welke oordelen 'onder voldoende' zijn (deels, onvoldoende), is instelbaar; de schaal"
                    + " van het oordeel is onze lezing (INF, SPEC 1.6).");

    public Beo7ExtraAandacht() {
        super(Indicatoroordeel.class, INFO);
    }

    @Override
    public void check(Indicatoroordeel oordeel, RuleContext context) {
        if (!context.enumListParameter("oordelen", Oordeel.class).contains(oordeel.getOordeel())) {
            return;
        }
        Instrument instrument = Beoordelingen.instrument(oordeel).orElse(null);
        if (instrument == null || instrument.indicator(oordeel.getIndicatorId()).isEmpty()) {
            return;
        }
        List<String> vragen = instrument.itemsBij(oordeel.getIndicatorId()).stream().map(v -> {
            String bron = Beoordelingen.richtlijnBron(v);
            return bron == null || bron.isBlank() ? v.id() : v.id() + " (" + bron + ")";
        }).toList();
        context.report(oordeel, "Indicator " + oordeel.getIndicatorId() + " '" + instrument.indicator(oordeel.getIndicatorId())
                .get().tekst() + "' is " + Labels.of(oordeel.getOordeel()) + " beoordeeld en behoeft extra aandacht"
                + (vragen.isEmpty() ? "" : ": lees de aandachtspunten bij " + String.join(", ", vragen)));
    }
}
