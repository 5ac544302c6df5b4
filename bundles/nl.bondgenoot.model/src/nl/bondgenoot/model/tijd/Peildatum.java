package nl.bondgenoot.model.tijd;

import java.time.LocalDate;

/**
 * The reference date a model is judged and drawn at: what holds on that date counts, what has ended
 * or not yet begun does not. A user's peildatum is read with {@link Periodes#parse(String)}, so the
 * message for a bad one is the same as for any date.
 */
public final class Peildatum {

    private Peildatum() {
    }

    /** Today's date: the peildatum when none is given (the workbench, the language server, the CLI). */
    public static LocalDate vandaag() {
        return LocalDate.now();
    }
}
