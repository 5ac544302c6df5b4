package nl.bondgenoot.rules;

/** How serious a finding is. E is reserved for what a seed states as a definition or hard condition. */
public enum Severity {
    ERROR("FOUT"), WARNING("WAARSCHUWING"), INFO("INFO");

    private final String dutch;

    Severity(String dutch) {
        this.dutch = dutch;
    }

    /** The word users see, e.g. "FOUT". */
    public String label() {
        return dutch;
    }
}
