package nl.bondgenoot.representation.table;

/** One thing wrong in a description file, said as {@code file:line: message} (the line 0 when it is about the whole file). */
public record DescriptionProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
