package nl.bondgenoot.compare;

/** A version that cannot be read, so nothing was merged; the message is Dutch and names the file (and line). */
public class MergeInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public MergeInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
