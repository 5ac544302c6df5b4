package nl.bondgenoot.model.tijd;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The reference date a model is judged and drawn at: what holds on that date counts, what has ended
 * or not yet begun does not. Written as an ISO date ("2011-01-01"), like the periods in the files.
 * Every front end reads a user's peildatum through {@link #parse(String)}, so the message for a bad
 * one is the same everywhere.
 */
public final class Peildatum {

    private Peildatum() {
    }

    /** Today's date: the peildatum when none is given (the workbench, the language server, the map). */
    public static LocalDate vandaag() {
        return LocalDate.now();
    }

    /** The date a user wrote, e.g. "2011-01-01". */
    public static LocalDate parse(String text) throws OngeldigePeildatum {
        if (text == null || text.isBlank()) {
            throw new OngeldigePeildatum("de peildatum mist; schrijf een datum als 2011-01-01.");
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new OngeldigePeildatum("'" + text + "' is geen geldige peildatum; schrijf een datum als 2011-01-01"
                    + " (jaar-maand-dag).");
        }
    }

    /** How a peildatum is written for users and in JSON: "2011-01-01". */
    public static String tekst(LocalDate peildatum) {
        return peildatum.toString();
    }

    /** A peildatum a user wrote that is no date; the message is Dutch and says how to write one. */
    public static final class OngeldigePeildatum extends Exception {
        private static final long serialVersionUID = 1L;

        public OngeldigePeildatum(String message) {
            super(message);
        }
    }
}
