package nl.bondgenoot.rules.builtin.agenda;

import nl.bondgenoot.model.Uitvoeringsagenda;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** AG-3: an uitvoeringsagenda tied straight to an effect of the visie, without an opgave in between. */
public final class Ag3Schijnsamenwerking extends AbstractRule<Uitvoeringsagenda> {

    private static final RuleInfo INFO = new RuleInfo("AG-3", Severity.WARNING, Provenance.DOC,
            "S0:450-454, 1066-1069",
            "Uitvoering rechtstreeks vanuit de visie, zonder opgave uit de veranderagenda: schijnsamenwerking",
            "'Onvoldoende stilstaan bij de veranderagenda leidt tot schijnsamenwerking: de bestuurlijke wil wordt"
                    + " niet vertaald in praktisch en effectief handelen. Dit is het geval bij direct doorstappen"
                    + " van de maatschappelijke visie naar de uitvoering' (S0:450-454); 'de veranderagenda regelmatig"
                    + " wordt over geslagen en direct tot uitvoering wordt overgegaan' (S0:1066-1067). De regel meldt"
                    + " een uitvoeringsagenda die aan een effect van de maatschappelijke agenda is gekoppeld maar"
                    + " niet aan een opgave.");

    public Ag3Schijnsamenwerking() {
        super(Uitvoeringsagenda.class, INFO);
    }

    @Override
    public void check(Uitvoeringsagenda u, RuleContext context) {
        if (u.getEffect() != null && u.getOpgave() == null) {
            context.report(u, ElementLabels.label(u) + " stapt direct van " + ElementLabels.label(u.getEffect())
                    + " naar de uitvoering, zonder opgave uit de veranderagenda: schijnsamenwerking",
                    "koppel de uitvoeringsagenda aan een opgave van de veranderagenda");
        }
    }
}
