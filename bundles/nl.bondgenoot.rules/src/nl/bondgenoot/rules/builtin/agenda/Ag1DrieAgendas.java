package nl.bondgenoot.rules.builtin.agenda;

import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.MaatschappelijkeAgenda;
import nl.bondgenoot.model.Veranderagenda;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * AG-1: a model that works with the agendas has all three, and none is empty. A model without any
 * agenda (say, only a network) does not work with them and is left alone.
 */
public final class Ag1DrieAgendas extends AbstractRule<Governancemodel> {

    private static final RuleInfo INFO = new RuleInfo("AG-1", Severity.WARNING, Provenance.DOC, "S0:438-440",
            "Alle drie agenda's bestaan en zijn niet leeg",
            "'Voor een succesvolle transformatie is het echter wel van belang elke fase de volle aandacht te"
                    + " geven. Als een bepaalde fase wordt overgeslagen of onvoldoende aandacht krijgt, dan leidt"
                    + " dat tot een aantal belangrijke valkuilen' (S0:438-440). Een model met agenda's heeft dus"
                    + " een maatschappelijke agenda (waarom: visie en effecten), een veranderagenda (wat: opgaven)"
                    + " en uitvoeringsagenda's (hoe). Een model zonder enige agenda, bijvoorbeeld alleen een"
                    + " netwerk, wordt niet beoordeeld.");

    public Ag1DrieAgendas() {
        super(Governancemodel.class, INFO);
    }

    @Override
    public void check(Governancemodel model, RuleContext context) {
        MaatschappelijkeAgenda ma = model.getMaatschappelijkeAgenda();
        Veranderagenda va = model.getVeranderagenda();
        if (ma == null && va == null && model.getUitvoeringsagendas().isEmpty()) {
            return;
        }
        String pitfall = "; elke fase verdient de volle aandacht, een overgeslagen agenda leidt tot valkuilen";
        if (ma == null) {
            context.report(model, ElementLabels.label(model) + " heeft geen maatschappelijke agenda" + pitfall,
                    "voeg een maatschappelijke agenda met visie en effecten toe");
        } else if ((ma.getVisie() == null || ma.getVisie().isBlank()) && ma.getEffecten().isEmpty()) {
            context.report(ma, ElementLabels.label(ma) + " is leeg: geen visie en geen effecten" + pitfall,
                    "beschrijf de visie en de beoogde effecten");
        }
        if (va == null) {
            context.report(model, ElementLabels.label(model) + " heeft geen veranderagenda" + pitfall,
                    "voeg een veranderagenda met opgaven toe");
        } else if (va.getOpgaven().isEmpty()) {
            context.report(va, ElementLabels.label(va) + " is leeg: geen opgaven" + pitfall,
                    "vertaal de maatschappelijke agenda in opgaven");
        }
        if (model.getUitvoeringsagendas().isEmpty()) {
            context.report(model, ElementLabels.label(model) + " heeft geen uitvoeringsagenda" + pitfall,
                    "voeg per opgave een uitvoeringsagenda toe");
        }
    }
}
