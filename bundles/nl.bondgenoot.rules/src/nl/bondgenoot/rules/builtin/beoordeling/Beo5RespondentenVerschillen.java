package nl.bondgenoot.rules.builtin.beoordeling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.bondgenoot.model.Antwoord;
import nl.bondgenoot.model.Antwoordstatus;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.instrumenten.Antwoorden;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;

/** BEO-5: where respondents answer a question differently, the difference is shown, not averaged away. */
public final class Beo5RespondentenVerschillen extends AbstractRule<Antwoord> {

    private static final RuleInfo INFO = new RuleInfo("BEO-5", Severity.INFO, Provenance.INF, "S4:86-96",
            "Respondenten die verschillend antwoorden, worden zichtbaar",
            "De checklist is ontwikkeld met gesprekken met de projectleider van de gemeente en een medewerker van de"
                    + " partnerorganisatie (S4:86-96); wie verschillend antwoordt, ziet de aanpak verschillend. Bondgenoot"
                    + " middelt dat niet weg: de regel meldt per vraag welke respondent wat antwoordde, bij het eerste"
                    + " antwoord op die vraag. INF: meerdere respondenten per vraag zijn onze lezing (SPEC 1.6).");

    public Beo5RespondentenVerschillen() {
        super(Antwoord.class, INFO);
    }

    @Override
    public void check(Antwoord antwoord, RuleContext context) {
        Beoordeling beoordeling = Beoordelingen.van(antwoord);
        if (beoordeling == null || antwoord.getVraagId() == null) {
            return;
        }
        List<Antwoord> alle = Antwoorden.antwoorden(beoordeling, antwoord.getVraagId());
        if (alle.get(0) != antwoord) {
            return; // said once per question, at its first answer
        }
        Map<Antwoordstatus, List<Antwoord>> verschillen = Antwoorden.verschillen(beoordeling, antwoord.getVraagId());
        if (verschillen.isEmpty()) {
            return;
        }
        List<String> delen = new ArrayList<>();
        verschillen.forEach((status, antwoorden) -> delen.add(Labels.of(status) + " ("
                + String.join(", ", antwoorden.stream().map(Beoordelingen::respondent).toList()) + ")"));
        context.report(antwoord, "Respondenten verschillen over " + antwoord.getVraagId() + ": " + String.join("; ", delen),
                "bespreek het verschil en leg de uitkomst vast in de toelichting");
    }
}
