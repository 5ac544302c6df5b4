package nl.bondgenoot.model.instrumenten;

import java.util.List;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Antwoordstatus;

/**
 * What the model already says about a question of an instrument: a proposed answer, with where it comes
 * from in Dutch words ({@code herkomst}, e.g. "leden van netwerk OK-team Kamperpoort op 6 december
 * 2026, buiten de overheid"). The consultant confirms or overrides it; a proposal is never an answer
 * by itself.
 *
 * @param vraagId     the question, e.g. "A.Q4"
 * @param status      the proposed status, or {@code null} where the model only fills parts of an open question
 * @param toelichting the proposed answer in words, or ""
 * @param delen       the proposed typed parts (only parts the question has)
 * @param herkomst    where in the model the proposal comes from, in Dutch
 */
public record Voorstel(String vraagId, Antwoordstatus status, String toelichting, List<Deel> delen, String herkomst) {

    /** A proposed typed part: actors of the model, or choices as the instrument data names them. */
    public record Deel(String deel, List<Actor> actoren, List<String> keuzes) {

        public Deel {
            actoren = List.copyOf(actoren);
            keuzes = List.copyOf(keuzes);
        }
    }

    public Voorstel {
        delen = List.copyOf(delen);
        toelichting = toelichting == null ? "" : toelichting;
    }
}
