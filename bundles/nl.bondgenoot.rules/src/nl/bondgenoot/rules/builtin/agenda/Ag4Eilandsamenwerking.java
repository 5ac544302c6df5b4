package nl.bondgenoot.rules.builtin.agenda;

import nl.bondgenoot.model.Uitvoeringsagenda;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** AG-4: an uitvoeringsagenda that feeds nothing back to the other agendas. */
public final class Ag4Eilandsamenwerking extends AbstractRule<Uitvoeringsagenda> {

    private static final RuleInfo INFO = new RuleInfo("AG-4", Severity.INFO, Provenance.DOC,
            "S0:455-458, 1263-1266",
            "Uitvoering zonder terugkoppeling naar de andere agenda's: eilandsamenwerking",
            "'Gebrekkige terugkoppeling van uitvoering naar ontwikkel- en maatschappelijke agenda' leidt tot"
                    + " 'eilandsamenwerking, waarbij professionals op de werkvloer elkaar wel kunnen vinden, maar"
                    + " in hun handelen onvoldoende worden ondersteund door bestuurlijke en organisatorische"
                    + " kaders' (S0:455-458). 'De ervaringen in de uitvoering worden dan een belangrijke"
                    + " voedingsbron voor de maatschappelijke agenda en de veranderagenda' (S0:1263-1266). De regel"
                    + " meldt een uitvoeringsagenda die naar geen van beide terugkoppelt en geen terugmelding heeft"
                    + " (wat, aan wie, wanneer; zie AG-14).");

    public Ag4Eilandsamenwerking() {
        super(Uitvoeringsagenda.class, INFO);
    }

    @Override
    public void check(Uitvoeringsagenda u, RuleContext context) {
        // a terugmelding (what, to whom, when) is feedback too, even when it names no agenda
        if (u.getTerugkoppeling().isEmpty() && u.getTerugmeldingen().isEmpty()) {
            context.report(u, ElementLabels.label(u) + " koppelt niet terug naar de maatschappelijke agenda of de"
                    + " veranderagenda; dat werkt eilandsamenwerking in de hand",
                    "leg vast hoe de uitvoering terugkoppelt naar de maatschappelijke agenda en de veranderagenda");
        }
    }
}
