package nl.bondgenoot.agenda.validation;

/**
 * The product's codes for problems in an agenda's text that are not rule findings (those carry
 * their rule id). Editors show them (LSP {@code code}), the command line prints them as
 * {@code [SYNTAX]} and {@code [KOPPELING]}; Xtext's internal issue codes stay inside.
 */
public final class AgendaIssueCodes {

    /** The text does not fit the grammar (or is not readable text at all). */
    public static final String SYNTAX = "SYNTAX";

    /** A name that does not link to an actor, network, effect or opgave of the project. */
    public static final String KOPPELING = "KOPPELING";

    /** The rule findings are held back because the text has syntax errors. */
    public static final String REGELS_NIET_TOEGEPAST = "REGELS";

    /** Says that an editor got only the first problems of a file, and how many more there are. */
    public static final String MEER = "MEER";

    /** Says, once per agenda, why no rule findings are shown while the text has syntax errors. */
    public static final String RULES_HELD_BACK_MESSAGE = "de regels zijn niet toegepast: de agenda heeft syntaxfouten,"
            + " en wat daardoor niet gelezen is, zou valse bevindingen geven; herstel eerst de syntaxfouten";

    private AgendaIssueCodes() {
    }

    /**
     * The code users see for a problem of the text: {@link #SYNTAX} for every syntax error (Xtext has
     * several internal codes for them), otherwise the problem's own code (a rule id, {@link #KOPPELING}).
     */
    public static String shown(boolean syntaxError, String code) {
        return syntaxError || code == null || code.startsWith("org.eclipse.xtext.") ? SYNTAX : code;
    }
}
