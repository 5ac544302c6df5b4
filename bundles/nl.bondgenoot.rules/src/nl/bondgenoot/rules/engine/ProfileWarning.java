package nl.bondgenoot.rules.engine;

import java.nio.file.Path;

import nl.bondgenoot.rules.Severity;

/**
 * A line of a rule profile that has no effect (an unknown rule id or parameter, a typing error such as
 * {@code GOV-24.drempl}): the profile is used, but the user is told, so nobody believes a rule is off
 * when it is not.
 */
public record ProfileWarning(Path file, int line, String message) {

    /** "bondgenoot.profiel:3: WAARSCHUWING message", the form every front end prints. */
    public String toUserMessage() {
        return file + ":" + line + ": " + Severity.WARNING.label() + " " + message;
    }
}
