package nl.bondgenoot.representation;

/** A problem in a description file, shown as {@code file:line: message}. */
public record DescriptionProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
