package nl.bondgenoot.diagram.notation;

import java.nio.file.Path;

/** A notation file that cannot be read; the message is Dutch and names the file. */
public class NotationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Path file;

    public NotationException(Path file, String reason, Throwable cause) {
        super(reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** "…/x.netwerkkaart: reason; het bestand wordt niet overschreven". */
    public String toUserMessage() {
        return file + ": de indeling van de netwerkkaart is onleesbaar (" + getMessage()
                + "); de kaart wordt opnieuw ingedeeld en het bestand wordt niet overschreven";
    }
}
