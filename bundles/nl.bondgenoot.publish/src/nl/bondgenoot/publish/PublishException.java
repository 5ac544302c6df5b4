package nl.bondgenoot.publish;

/** A publication that cannot be written; the message is Dutch and names the folder or file. */
public final class PublishException extends Exception {

    private static final long serialVersionUID = 1L;

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }

    public PublishException(String message) {
        super(message);
    }
}
