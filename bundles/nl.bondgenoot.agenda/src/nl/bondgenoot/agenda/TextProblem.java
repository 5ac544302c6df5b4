package nl.bondgenoot.agenda;

import nl.bondgenoot.rules.Severity;

/**
 * A problem in the text of a file that is not a rule finding: a syntax error ({@code SYNTAX}), a name
 * that does not link ({@code KOPPELING}), or something the reader left out ({@code XML}), at a line and
 * column (both from 1, the column 0 when unknown), in Dutch.
 */
public record TextProblem(String code, Severity severity, int line, int column, String message) {

    /** An error of the text: a syntax error or a name that does not link. */
    public static TextProblem error(String code, int line, int column, String message) {
        return new TextProblem(code, Severity.ERROR, line, column, message);
    }
}
