package nl.bondgenoot.representation;

/** A problem in a description file, shown as {@code file:line: message} (line 0: about the whole file). */
public record DescriptionProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
