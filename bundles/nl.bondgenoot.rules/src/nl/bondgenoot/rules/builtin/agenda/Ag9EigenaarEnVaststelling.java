package nl.bondgenoot.rules.builtin.agenda;

import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.model.MaatschappelijkeAgenda;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** AG-9: the maatschappelijke agenda has a procesEigenaar and says who adopts it. */
public final class Ag9EigenaarEnVaststelling extends AbstractRule<MaatschappelijkeAgenda> {

    private static final RuleInfo INFO = new RuleInfo("AG-9", Severity.WARNING, Provenance.DOC, "S0:986-995",
            "De maatschappelijke agenda heeft een proceseigenaar en wordt vastgesteld",
            "'Van wie is de maatschappelijke agenda eigenlijk? ... Het is belangrijk hier van te voren afspraken"
                    + " over te maken. Wie is proceseigenaar? Wie stelt de maatschappelijke agenda vast? Logisch"
                    + " lijkt om de gemeenteraad er de laatste klap op te laten geven en daarmee de formele"
                    + " eigenaar te laten zijn' (S0:982-995).");

    public Ag9EigenaarEnVaststelling() {
        super(MaatschappelijkeAgenda.class, INFO);
    }

    @Override
    public void check(MaatschappelijkeAgenda agenda, RuleContext context) {
        List<String> missing = new ArrayList<>();
        List<String> repairs = new ArrayList<>();
        if (agenda.getProcesEigenaar() == null) {
            missing.add("wie proceseigenaar is");
            repairs.add("kies een proceseigenaar");
        }
        if (agenda.getVastgesteldDoor() == null) {
            missing.add("wie haar vaststelt");
            repairs.add("laat de agenda vaststellen, logisch is door de gemeenteraad");
        }
        if (!missing.isEmpty()) {
            context.report(agenda, ElementLabels.label(agenda) + " legt niet vast " + String.join(" en ", missing)
                    + "; spreek dat vooraf af", String.join("; ", repairs));
        }
    }
}
