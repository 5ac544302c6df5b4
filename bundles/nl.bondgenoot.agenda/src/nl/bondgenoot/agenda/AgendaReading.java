package nl.bondgenoot.agenda;

import java.util.List;

import nl.bondgenoot.agenda.validation.AgendaIssueCodes;
import nl.bondgenoot.model.Governancemodel;

/**
 * An agenda file as read: the model the parser made of it and every problem of its text. The rules
 * judge the model only when the text was parsed whole ({@link #rulesApply()}): what a syntax error
 * made the parser skip would otherwise look missing to them.
 */
public record AgendaReading(Governancemodel model, List<TextProblem> problems) {

    public boolean rulesApply() {
        return problems.stream().noneMatch(p -> AgendaIssueCodes.SYNTAX.equals(p.code()));
    }
}
