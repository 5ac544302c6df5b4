package nl.bondgenoot.cli;

/** Exit codes shared by every command: the launcher's, defined once ({@link nl.bondgenoot.launcher.ExitCode}). */
public final class ExitCode {
    /** No findings of severity error. */
    public static final int OK = nl.bondgenoot.launcher.ExitCode.OK;
    /** Findings of severity error. */
    public static final int FINDINGS = nl.bondgenoot.launcher.ExitCode.FINDINGS;
    /** Usage error, unreadable input or an internal error. */
    public static final int USAGE_OR_INPUT = nl.bondgenoot.launcher.ExitCode.USAGE_OR_INPUT;

    private ExitCode() {
    }
}
