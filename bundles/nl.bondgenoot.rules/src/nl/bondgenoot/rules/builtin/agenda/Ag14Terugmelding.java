package nl.bondgenoot.rules.builtin.agenda;

import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.model.Terugmelding;
import nl.bondgenoot.model.Uitvoeringsagenda;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.DutchLists;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * AG-14: an uitvoeringsagenda that says it feeds back (AG-4) also says what it reports, to whom and
 * when; otherwise the feedback stays an intention (S0:455-458, 1263-1266; the check is INF).
 */
public final class Ag14Terugmelding extends AbstractRule<Uitvoeringsagenda> {

    private static final RuleInfo INFO = new RuleInfo("AG-14", Severity.INFO, Provenance.INF,
            "S0:455-458, 1263-1266", "Terugkoppeling: wat, aan wie en wanneer",
            "'De ervaringen in de uitvoering worden dan een belangrijke voedingsbron voor de maatschappelijke"
                    + " agenda en de veranderagenda' (S0:1263-1266); 'gebrekkige terugkoppeling' leidt tot"
                    + " eilandsamenwerking (S0:455-458). Zegt een uitvoeringsagenda dat zij terugkoppelt, dan meldt"
                    + " deze regel het als geen terugmelding zegt wat wordt teruggemeld, aan wie en wanneer, en noemt"
                    + " zij wat een terugmelding open laat. Een uitvoeringsagenda die helemaal niet terugkoppelt,"
                    + " meldt AG-4. INF: de seed noemt de terugkoppeling, niet de afspraken erover; dit is onze"
                    + " lezing van 'gebrekkig'.");

    public Ag14Terugmelding() {
        super(Uitvoeringsagenda.class, INFO);
    }

    @Override
    public void check(Uitvoeringsagenda u, RuleContext context) {
        if (u.getTerugmeldingen().isEmpty()) {
            if (!u.getTerugkoppeling().isEmpty()) {
                context.report(u, ElementLabels.label(u) + " koppelt terug, maar zegt niet wat er wordt teruggemeld,"
                        + " aan wie en wanneer", "voeg een terugmelding toe: wat, aan wie en wanneer");
            }
            return;
        }
        for (Terugmelding t : u.getTerugmeldingen()) {
            List<String> open = new ArrayList<>();
            if (t.getWat() == null || t.getWat().isBlank()) {
                open.add("wat");
            }
            if (t.getAan().isEmpty()) {
                open.add("aan wie");
            }
            if (t.getWanneer() == null || t.getWanneer().isBlank()) {
                open.add("wanneer");
            }
            if (!open.isEmpty()) {
                String wat = t.getWat() == null || t.getWat().isBlank() ? "" : " '" + t.getWat().strip() + "'";
                context.report(t, "De terugmelding" + wat + " van " + ElementLabels.label(u) + " zegt niet "
                        + DutchLists.join(open, "en"), "leg in de terugmelding vast: " + DutchLists.join(open, "en"));
            }
        }
    }
}
