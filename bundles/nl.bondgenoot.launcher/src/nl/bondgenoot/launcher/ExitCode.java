package nl.bondgenoot.launcher;

/** The exit codes of every command, defined once (the help text of `bondgenoot help` documents them). */
public final class ExitCode {
    /** No findings of severity error. */
    public static final int OK = 0;
    /**
     * Findings of severity error; for {@code diff}: the versions differ; for {@code merge} (the Git merge
     * driver): merged with conflicts, which Git reads as a conflicted file.
     */
    public static final int FINDINGS = 1;
    /**
     * Usage error, unreadable input, or an internal error of the product (then said in one line on
     * standard error, with where the log is: see {@link CommandGuard}).
     */
    public static final int USAGE_OR_INPUT = 2;

    private ExitCode() {
    }
}
