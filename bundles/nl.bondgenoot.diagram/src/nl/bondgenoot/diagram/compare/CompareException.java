package nl.bondgenoot.diagram.compare;

/** Why two versions could not be compared on the map, in Dutch (file and reason). */
public final class CompareException extends Exception {

    private static final long serialVersionUID = 1L;

    public CompareException(String message, Throwable cause) {
        super(message, cause);
    }
}
