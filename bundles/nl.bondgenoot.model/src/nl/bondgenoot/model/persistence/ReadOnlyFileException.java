package nl.bondgenoot.model.persistence;

import java.nio.file.Path;

/** A save refused because the file is read-only (no write permission): the permission is respected, also for root. */
public class ReadOnlyFileException extends UnusableFileException {

    private static final long serialVersionUID = 1L;

    public ReadOnlyFileException(Path file) {
        super(file, "is alleen-lezen (geen schrijfrechten); niet opgeslagen. Sla op als een nieuw bestand,"
                + " of maak het bestand eerst schrijfbaar.");
    }
}
