package nl.bondgenoot.cli;

/** Exit codes shared by every command (see ARCHITECTURE.md). */
public final class ExitCode {
    /** No findings of severity error. */
    public static final int OK = 0;
    /** Findings of severity error. */
    public static final int FINDINGS = 1;
    /** Usage error or unreadable input. */
    public static final int USAGE_OR_INPUT = 2;

    private ExitCode() {
    }
}
